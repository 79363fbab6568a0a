package dev.hotseat.partner;

import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Chooses one variant of a line group and fills its placeholders. Never repeats a line while an unused
 * variant remains; the choice is seeded by the session's seed, scenario, turn and group, so the same history and
 * seed give the same line while two sessions differ. Remembers which groups it found spent (every variant
 * already said), so the customer can escalate instead of cycling.
 */
final class LinePicker {
    /** A fact written in lower case ("two nights") that lands after a full stop must start a sentence. */
    private static final Pattern SENTENCE_START = Pattern.compile("([.!?] )(\\p{Ll})");
    private final Scenario scenario;
    private final int turn;
    private final List<String> said;
    private final long sessionSeed;
    private final java.util.Set<String> spent = new LinkedHashSet<>();

    /** @param said the persona's earlier lines, oldest first */
    LinePicker(Scenario scenario, int turn, List<String> said) {
        this(scenario, turn, said, 0L);
    }

    /** @param sessionSeed the session's seed: which variant is said differs between sessions */
    LinePicker(Scenario scenario, int turn, List<String> said, long sessionSeed) {
        this.scenario = scenario;
        this.turn = turn;
        this.said = said.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        this.sessionSeed = sessionSeed;
    }

    /** Groups whose every variant had been said when a line was picked from them this turn. */
    java.util.Set<String> spent() {
        return spent;
    }

    /** A filled variant of the group, from the scenario, else from the given fallbacks; "" if none. */
    String pick(String group, List<String> variants, Map<String, String> extra) {
        List<String> filled = new ArrayList<>();
        for (String v : variants) {
            filled.add(fill(v, extra));
        }
        if (filled.isEmpty()) {
            return "";
        }
        List<String> fresh = filled.stream().filter(line -> lastSaid(line) < 0).toList();
        if (fresh.isEmpty()) {
            spent.add(group);
            // every variant used: take the one said longest ago, so the newest is never repeated straight away
            return capitalised(filled.stream().min(Comparator.comparingInt(this::lastSaid)).orElseThrow());
        }
        Random random = new Random(seed(group));
        return capitalised(fresh.get(random.nextInt(fresh.size())));
    }

    /** The scenario's lines for a customer group, falling back to the built-in ones. */
    String customer(String group, Map<String, String> extra) {
        List<String> own = scenario.lines().getOrDefault(group, DefaultLines.customer(group));
        if (own.isEmpty() && group.contains(":")) { // a keyed group nobody wrote: the plain group's lines
            return customer(group.substring(0, group.indexOf(':')), extra);
        }
        // Once the coach's variants are all said, a fresh built-in one beats saying the same sentence twice.
        boolean ownUsed = own.stream().allMatch(v -> lastSaid(fill(v, extra)) >= 0);
        List<String> spare = DefaultLines.customer(group).stream().filter(v -> lastSaid(fill(v, extra)) < 0).toList();
        return pick(group, ownUsed && !spare.isEmpty() ? spare : own, extra);
    }

    String customer(String group) {
        return customer(group, Map.of());
    }

    /**
     * The customer's demand, sometimes after a detail of their case ("It was due Tuesday."): a line composed of
     * parts, so the same demand reads differently from one session to the next.
     */
    String demand() {
        List<String> details = scenario.lines().getOrDefault("details", List.of());
        boolean withDetail = !details.isEmpty() && new Random(seed("details?")).nextInt(3) > 0
                && details.stream().anyMatch(d -> lastSaid(fill(d, Map.of())) < 0);
        String press = customer("press");
        return withDetail ? pick("details", details.stream().filter(d -> lastSaid(fill(d, Map.of())) < 0).toList(),
                Map.of()) + " " + press : press;
    }

    /** A whole number from 0 (inclusive) to bound, the same for the same session, turn and purpose. */
    int chance(String purpose, int bound) {
        return new Random(seed(purpose)).nextInt(bound);
    }

    /** Fills the scenario's facts, the persona's name and any extra values into a text. */
    String fill(String text, Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>(scenario.facts());
        values.put("name", scenario.persona() == null ? "" : scenario.persona().name());
        values.putAll(extra);
        return SENTENCE_START.matcher(Placeholders.fill(text, values))
                .replaceAll(m -> m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
    }

    /** Index of the newest earlier line containing this one, or -1 when it was never said. */
    private int lastSaid(String line) {
        String needle = line.strip().toLowerCase(Locale.ROOT);
        for (int i = said.size() - 1; i >= 0; i--) {
            if (!needle.isEmpty() && said.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    /** A line may start with a fact written in lower case ("order 4417 …"); a spoken line starts with a capital. */
    private static String capitalised(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private long seed(String group) {
        return ((long) scenario.id().hashCode() * 1_000_003L) ^ ((long) turn * 7919L) ^ group.hashCode()
                ^ (sessionSeed * 0x9E3779B97F4A7C15L);
    }
}

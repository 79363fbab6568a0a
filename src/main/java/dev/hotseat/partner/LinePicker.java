package dev.hotseat.partner;

import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses one variant of a line group and fills its placeholders. Never repeats a line while an unused
 * variant remains; the choice is seeded by the session's seed, scenario, turn and group, so the same history and
 * seed give the same line while two sessions differ. Never says a line that gives away a hidden fact not yet
 * revealed ({@link HiddenContent}); built-in lines come in the register of the persona's voice ({@link Voices}).
 */
final class LinePicker {
    private final Scenario scenario;
    private final int turn;
    private final List<String> said;
    private final long sessionSeed;
    private final Set<String> revealed;

    /**
     * @param said        the persona's earlier lines, oldest first
     * @param sessionSeed the session's seed: which variant is said differs between sessions
     * @param revealed    ids of the hidden facts already told: only lines that give away no other may be said
     */
    LinePicker(Scenario scenario, int turn, List<String> said, long sessionSeed, Collection<String> revealed) {
        this.scenario = scenario;
        this.turn = turn;
        this.said = said.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        this.sessionSeed = sessionSeed;
        this.revealed = Set.copyOf(revealed);
    }

    /** A filled variant of the group from these variants; "" if none may be said. */
    String pick(String group, List<String> variants, Map<String, String> extra) {
        List<String> filled = new ArrayList<>();
        for (String v : variants) {
            // judged on the line's own words: the rep's words quoted into it are theirs to say
            if (HiddenContent.leakedBy(scenario, fill(v, Map.of()), revealed).isEmpty()) {
                filled.add(fill(v, extra));
            }
        }
        if (filled.isEmpty()) {
            return "";
        }
        List<String> fresh = filled.stream().filter(line -> lastSaid(line) < 0).toList();
        if (fresh.isEmpty()) {
            // every variant used: take the one said longest ago, so the newest is never repeated straight away
            return capitalised(filled.stream().min(Comparator.comparingInt(this::lastSaid)).orElseThrow());
        }
        Random random = new Random(seed(group));
        return capitalised(fresh.get(random.nextInt(fresh.size())));
    }

    /**
     * The scenario's lines for a customer group, else the built-in ones in the persona's register. Once the coach's
     * variants are all said, a fresh built-in one beats saying the same sentence twice. A keyed group nobody wrote
     * ("reject:voucher") falls back to its plain group.
     */
    String customer(String group, Map<String, String> extra) {
        List<String> builtIn = DefaultLines.customer(group, Voices.register(scenario));
        List<String> own = scenario.lines().getOrDefault(group, builtIn);
        if (own.isEmpty() && group.contains(":")) {
            return customer(group.substring(0, group.indexOf(':')), extra);
        }
        boolean ownUsed = own.stream().allMatch(v -> lastSaid(fill(v, extra)) >= 0);
        List<String> spare = builtIn.stream().filter(v -> lastSaid(fill(v, extra)) < 0).toList();
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
        List<String> details = fresh(scenario.lines().getOrDefault("details", List.of()));
        boolean withDetail = !details.isEmpty() && new Random(seed("details?")).nextInt(3) > 0;
        String press = customer("press");
        return withDetail ? (pick("details", details, Map.of()) + " " + press).strip() : press;
    }

    /** Their case as they would recite it to a question: up to three details not said yet, else all of them. */
    String recital() {
        List<String> details = scenario.lines().getOrDefault("details", List.of());
        List<String> unsaid = fresh(details);
        List<String> told = new ArrayList<>();
        for (String d : (unsaid.isEmpty() ? details : unsaid)) {
            String line = fill(d, Map.of());
            if (told.size() < 3 && HiddenContent.leakedBy(scenario, line, revealed).isEmpty()) {
                told.add(capitalised(line.strip()));
            }
        }
        return String.join(" ", told);
    }

    /** Fills the scenario's facts, the persona's name and any extra values into a text. */
    String fill(String text, Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>(scenario.facts());
        values.put("name", scenario.persona() == null ? "" : scenario.persona().name());
        values.putAll(extra);
        return sentences(Placeholders.fill(text, values));
    }

    private List<String> fresh(List<String> lines) {
        return lines.stream().filter(d -> lastSaid(fill(d, Map.of())) < 0).toList();
    }

    /** A fact written in lower case ("two nights") that lands after a full stop starts a sentence. */
    private static String sentences(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 2; i < out.length(); i++) {
            if (out.charAt(i - 1) == ' ' && ".!?".indexOf(out.charAt(i - 2)) >= 0 && Character.isLowerCase(out.charAt(i))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
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

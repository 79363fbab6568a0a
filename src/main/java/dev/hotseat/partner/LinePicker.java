package dev.hotseat.partner;

import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Chooses one variant of a line group and fills its placeholders. Never repeats a line while an unused
 * variant remains; the choice is seeded by scenario, turn and group, so the same history gives the same line.
 */
final class LinePicker {
    private final Scenario scenario;
    private final int turn;
    private final Predicate<String> alreadySaid;

    LinePicker(Scenario scenario, int turn, Predicate<String> alreadySaid) {
        this.scenario = scenario;
        this.turn = turn;
        this.alreadySaid = alreadySaid;
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
        List<String> fresh = filled.stream().filter(line -> !alreadySaid.test(line)).toList();
        List<String> pool = fresh.isEmpty() ? filled : fresh;
        Random random = new Random(seed(group));
        return pool.get(random.nextInt(pool.size()));
    }

    /** The scenario's lines for a customer group, falling back to the built-in ones. */
    String customer(String group, Map<String, String> extra) {
        return pick(group, scenario.lines().getOrDefault(group, DefaultLines.customer(group)), extra);
    }

    String customer(String group) {
        return customer(group, Map.of());
    }

    /** Fills the scenario's facts, the persona's name and any extra values into a text. */
    String fill(String text, Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>(scenario.facts());
        values.put("name", scenario.persona() == null ? "" : scenario.persona().name());
        values.putAll(extra);
        return Placeholders.fill(text, values);
    }

    private long seed(String group) {
        return ((long) scenario.id().hashCode() * 1_000_003L) ^ ((long) turn * 7919L) ^ group.hashCode();
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.persona.Scenario;
import java.util.HashMap;
import java.util.Map;

/** The values a rubric's model lines can use: {issue}, {thing}, {want} and every scenario fact by its key. */
final class Placeholders {

    private Placeholders() {
    }

    static Map<String, String> of(String issue, Scenario scenario) {
        Map<String, String> values = new HashMap<>();
        if (scenario != null && scenario.facts() != null) {
            scenario.facts().forEach((k, v) -> values.put(k, v == null ? "" : v));
        }
        values.put("issue", issue.isBlank() ? "what happened" : issue);
        values.put("thing", thing(values));
        values.put("want", scenario != null && scenario.wants() != null && scenario.wants().text() != null
                && !scenario.wants().text().isBlank() ? lowerFirst(scenario.wants().text()) : "a fix that works for you");
        return values;
    }

    private static String thing(Map<String, String> facts) {
        for (String key : new String[] {"item", "product", "order", "service", "booking"}) {
            String v = facts.get(key);
            if (v != null && !v.isBlank()) {
                return key.equals("order") ? "order " + v : "the " + v;
            }
        }
        return "this";
    }

    private static String lowerFirst(String s) {
        String t = s.trim().replaceAll("[.!]+$", "");
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.persona.Scenario;
import java.util.HashMap;
import java.util.Map;

/** The values a rubric's model lines can use: {issue}, {thing}, {want}, {offer} and every scenario fact by its key. */
final class LineValues {

    private LineValues() {
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
        values.put("offer", scenario != null && scenario.policy() != null && !scenario.policy().isEmpty()
                ? offer(scenario.policy().get(0)) : values.get("want"));
        return values;
    }

    private static String thing(Map<String, String> facts) {
        for (String key : new String[] {"item", "product", "order", "service", "booking"}) {
            String v = facts.get(key);
            if (v != null && !v.isBlank()) {
                return v.matches("(?i)(the|a|an|your|our|order|booking) .*") ? v
                        : key.equals("order") ? "order " + v : "the " + v;
            }
        }
        return "this";
    }

    /** "Re-send the item by courier at no charge (before 1 pm)." becomes "re-send the item by courier at no charge". */
    private static String offer(String policy) {
        return lowerFirst(policy.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[.;].*$", ""));
    }

    private static String lowerFirst(String s) {
        String t = s.trim().replaceAll("[.!]+$", "");
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}

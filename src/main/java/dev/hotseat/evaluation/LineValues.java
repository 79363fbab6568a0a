package dev.hotseat.evaluation;

import dev.hotseat.persona.Scenario;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a rubric's model lines can use: {issue}, {thing}, {want}, {offer}, {checkback} and every scenario fact
 * by its key. Scenario text written about the customer in the third person ("Put her on the 20:55") is turned into
 * the rep's own words to the customer ("put you on the 20:55").
 */
final class LineValues {

    private static final Pattern FACT = Pattern.compile("\\{([a-zA-Z_]+)}");
    // Words that follow an object pronoun, not a noun: "put her on", "ring him back", "call them."
    private static final Set<String> AFTER_OBJECT = Set.of("on", "in", "to", "a", "an", "the", "with", "for", "up", "back",
            "at", "by", "off", "out", "into", "onto", "through", "and", "or", "if", "when", "what", "know", "about", "");
    private static final Pattern THIRD = Pattern.compile(
            "(?i)\\b(the (?:customer|guest|caller|passenger|client|patient|member)'s|the (?:customer|guest|caller|passenger|client|patient|member)"
                    + "|she|he|they|her|him|them|his|their|hers|theirs|herself|himself|themselves)\\b(\\s*)(\\w*)");
    private static final Pattern OWNED = Pattern.compile(
            "(?i)\\bthe (item|card|order|bill|account|booking|laptop|referral|parcel|plan|ticket|flight|room|meter reading)\\b");
    // A scenario that plays out in hours (a hotel bill due tonight, a flight this evening) gets a same-day check-back.
    private static final Pattern URGENT = Pattern.compile(
            "(?i)\\b(?:tonight|midnight|within (?:the |an |\\d+ )?hours?|in (?:two|three|\\d+) hours|this (?:evening|afternoon|morning)"
                    + "|same-day|today|right now|at the (?:desk|counter|airport|gate)|\\d{1,2}:\\d{2})\\b");

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
                && !scenario.wants().text().isBlank()
                ? secondPerson(lowerFirst(scenario.wants().text()), scenario) : "a fix that works for you");
        values.put("offer", scenario != null && scenario.policy() != null && !scenario.policy().isEmpty()
                ? offer(scenario.policy().get(0), scenario) : values.get("want"));
        values.put("checkback", urgent(scenario) ? "later today" : "in a couple of days");
        return values;
    }

    /** The text with every {fact} the scenario knows filled in (a persona line kept as the coach wrote it). */
    static String fill(String text, Scenario scenario) {
        if (text == null || scenario == null || scenario.facts() == null) {
            return text == null ? "" : text;
        }
        Matcher m = FACT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = scenario.facts().get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean urgent(Scenario scenario) {
        if (scenario == null) {
            return false;
        }
        String said = String.join(" ", nz(scenario.situation()), nz(scenario.briefing()),
                scenario.wants() == null ? "" : nz(scenario.wants().text()), String.join(" ", scenario.facts().values()));
        return URGENT.matcher(said).find();
    }

    private static String thing(Map<String, String> facts) {
        for (String key : new String[] {"item", "product", "order", "service", "booking"}) {
            String v = facts.get(key);
            if (v != null && !v.isBlank()) {
                // "booking HV-3306" reads as a fault with the booking, not an apology for the booking itself.
                if (v.matches("(?i)(order|booking|ticket|reference|claim|case|account) .*")) {
                    return "what happened with " + v;
                }
                return v.matches("(?i)(the|a|an|your|our) .*") ? v : key.equals("order") ? "order " + v : "the " + v;
            }
        }
        return "this";
    }

    /** "Put her on the 20:55 (two seats left)." becomes "put you on the 20:55". */
    private static String offer(String policy, Scenario scenario) {
        String first = policy.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("[.;].*$", "")
                .replaceFirst("(?i)^(?:you (?:can|may|could|are allowed to)|we (?:can|may)) (?:also )?", "");
        return secondPerson(lowerFirst(first), scenario);
    }

    /** Scenario text about the customer ("her", "the guest", her name) turned to speak to them ("you", "your"). */
    static String secondPerson(String text, Scenario scenario) {
        String t = text;
        if (scenario != null && scenario.persona() != null && scenario.persona().name() != null
                && !scenario.persona().name().isBlank()) {
            String name = Pattern.quote(scenario.persona().name().trim().split("\\s+")[0]);
            t = t.replaceAll("\\b" + name + "'s\\b", "your").replaceAll("\\b" + name + "\\b", "you");
        }
        Matcher m = THIRD.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group(1).toLowerCase();
            String next = m.group(3).toLowerCase();
            String turned = switch (w) {
                case "she", "he", "they" -> "you";
                case "his", "their", "hers", "theirs" -> w.equals("hers") || w.equals("theirs") ? "yours" : "your";
                case "him", "them" -> "you";
                case "herself", "himself", "themselves" -> "yourself";
                case "her" -> AFTER_OBJECT.contains(next) ? "you" : "your";
                default -> w.endsWith("'s") ? "your" : "you";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(turned + m.group(2) + m.group(3)));
        }
        m.appendTail(out);
        return OWNED.matcher(out.toString()).replaceAll("your $1");
    }

    private static String lowerFirst(String s) {
        String t = s.trim().replaceAll("[.!]+$", "");
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

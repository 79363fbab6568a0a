package dev.hotseat.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's complaint said back in the rep's voice ("my order is late" becomes "your order is late"), for the
 * {issue} of a model line that restates the problem.
 */
final class Restating {

    // A sentence ends at . ! ? followed by a space or the end, so "£9.50" stays whole.
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?]+(?=\\s|$)|$)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9#£$€]+");
    private static final int MAX_ISSUE_WORDS = 16;
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "this", "with", "you", "your", "have",
            "has", "had", "was", "were", "are", "but", "not", "all", "any", "can", "could", "would", "will", "just",
            "about", "what", "when", "then", "there", "their", "they", "them", "from", "into", "out", "get", "got",
            "been", "did", "does", "how", "why", "who", "which", "its", "yes", "now", "one", "our", "very", "really",
            "too", "more", "some", "even", "still", "also", "like", "want", "need", "know", "think", "feel", "say");
    private static final Map<String, String> FLIP = Map.ofEntries(
            Map.entry("i", "you"), Map.entry("me", "you"), Map.entry("my", "your"), Map.entry("mine", "yours"),
            Map.entry("i'm", "you're"), Map.entry("i've", "you've"), Map.entry("i'll", "you'll"),
            Map.entry("i'd", "you'd"), Map.entry("myself", "yourself"), Map.entry("am", "are"),
            Map.entry("we", "you"), Map.entry("our", "your"), Map.entry("us", "you"),
            // The customer's "you" is the company, which the rep speaks for.
            Map.entry("your", "our"), Map.entry("yours", "ours"), Map.entry("you've", "we've"),
            Map.entry("you're", "we're"), Map.entry("you'll", "we'll"), Map.entry("you'd", "we'd"));
    private static final Set<String> SUBJECT_BEFORE = Set.of("", "and", "but", "that", "because", "so", "when", "if",
            "since", "after", "before", "until", "then", "where", "why", "how");

    private static final Pattern COMMAND = Pattern.compile("(?i)^\\W*(?:don't|do not|please|just|stop|give|tell|get|listen"
            + "|calm|put|fix|sort|find|send|call|ring|refund|cancel|let|look|hurry|never|can you|could you|will you)\\b");

    private static final Set<String> LOWER_FIRST = Set.of("the", "it", "it's", "this", "that", "that's", "your", "you",
            "you're", "you've", "you'd", "you'll", "we", "we've", "we're", "our", "there", "a", "an", "these", "those", "and",
            "but", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "my", "i", "i'm", "i've", "since",
            "after", "when", "because", "nobody", "no", "every", "all", "still", "yet", "now", "today", "yesterday", "last");

    private Restating() {
    }

    /** The persona's complaint in the learner's voice: "my order is late" becomes "your order is late". */
    static String issue(String context) {
        if (context == null || context.isBlank()) {
            return "";
        }
        String best = "";
        Matcher m = SENTENCE.matcher(context);
        while (m.find()) {
            String s = m.group().trim();
            // A question or an order ("Don't tell me to calm down") is not the problem to say back.
            if (!s.endsWith("?") && !COMMAND.matcher(s).find() && !s.contains("{")
                    && contentWords(s) > contentWords(best)) {
                best = s;
            }
        }
        String[] words = best.replaceAll("[.!?]+$", "").split("\\s+");
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (int i = 0; i < Math.min(words.length, MAX_ISSUE_WORDS); i++) {
            String w = words[i];
            String core = w.replaceAll("[^A-Za-z']", "");
            String lower = core.toLowerCase();
            String flipped = lower.equals("you") ? (SUBJECT_BEFORE.contains(previous) ? "we" : "us") : FLIP.get(lower);
            out.append(flipped == null || core.isEmpty() ? w : w.replace(core, flipped)).append(' ');
            previous = lower;
        }
        // "Hi, I think I've been charged twice" is said back without the greeting.
        String issue = out.toString().trim().replaceFirst("(?i)^(?:(?:hi|hello|hey|so|right|well|look|okay|ok|listen|yes|no),?\\s+)+", "");
        if (issue.isEmpty()) {
            return "";
        }
        // A name keeps its capital ("Dr Okafor referred you…"); a common first word does not.
        String first = issue.split("[\\s,]+")[0].toLowerCase();
        return LOWER_FIRST.contains(first) ? Character.toLowerCase(issue.charAt(0)) + issue.substring(1) : issue;
    }

    private static int contentWords(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= 3 && !STOP.contains(m.group())) {
                n++;
            }
        }
        return n;
    }
}

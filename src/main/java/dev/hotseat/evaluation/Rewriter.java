package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds better lines from the learner's own reply, the persona's last words and the scenario's facts. */
final class Rewriter {

    // Skills that belong before the rest of the reply: you hear the customer out before fixing things.
    private static final Set<String> OPENERS = Set.of("empathy", "apology", "restate", "calm", "listen");
    // A sentence ends at . ! ? followed by a space or the end, so "£9.50" stays whole.
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?]+(?=\\s|$)|$)");
    private static final int MAX_ISSUE_WORDS = 16;
    private static final int MAX_OWN_CHARS = 420;
    private static final int MIN_OWN_WORDS = 3;
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

    private final Map<String, String> values;

    Rewriter(String context, Scenario scenario) {
        this.values = LineValues.of(issue(LineValues.fill(context, scenario)), scenario);
    }

    /** The criterion's model line with its {placeholders} filled. */
    String line(Criterion criterion) {
        return Placeholders.IN_LINES.replace(criterion.example(),
                placeholder -> values.getOrDefault(placeholder.name().strip(), "this")).trim();
    }

    /** The learner's reply without the clauses to drop, with the lines added where they fit. */
    String compose(String reply, List<String> drop, List<Criterion> add) {
        String own = reply;
        for (String clause : drop) {
            own = own.replace(clause, " ");
        }
        own = tidy(own);
        if (own.split("\\s+").length < MIN_OWN_WORDS) {
            own = "";
        }
        if (own.length() > MAX_OWN_CHARS) {
            int cut = Math.max(own.lastIndexOf(". ", MAX_OWN_CHARS), own.lastIndexOf(' ', MAX_OWN_CHARS / 2));
            own = own.substring(0, cut + 1).trim() + " …";
        }
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Criterion c : add) {
            (OPENERS.contains(c.id()) ? before : after).append(line(c)).append(' ');
        }
        return tidy(before + " " + own + " " + after);
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+([,.!?])", "$1").replaceAll("^[\\s,.;:]+", "").replaceAll("\\s{2,}", " ").trim();
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
                    && ReplyContext.contentWords(s).size() > ReplyContext.contentWords(best).size()) {
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
}

package dev.hotseat.partner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as words, never as meaning: splitting a text into words, telling whether a reply says again what an earlier
 * one said (the evaluator withholds credit the same way), and quoting the rep's own words back. What a reply
 * means comes from its {@link dev.hotseat.core.Reading} alone; nothing here looks for a word.
 */
final class Words {
    /** Words too common to tell two texts apart. */
    private static final Set<String> COMMON = Set.of("that", "this", "with", "have", "your", "you're", "what",
            "when", "they", "them", "there", "their", "been", "were", "will", "would", "could", "should", "about",
            "just", "from", "into", "than", "then", "it's", "i've", "i'm", "don't", "didn't", "want", "know",
            "still", "really", "make", "sure", "also", "some", "here", "very", "like", "that's", "which", "where",
            "while", "being", "does", "done", "well", "only", "over", "more", "much", "such", "even", "ever");

    private Words() {
    }

    /** The words of a text, in order, lower case, apostrophes kept inside a word ("don't"). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String s = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '\'' && !word.isEmpty())) {
                word.append(c);
            } else if (!word.isEmpty()) {
                out.add(trimApostrophes(word.toString()));
                word.setLength(0);
            }
        }
        return out;
    }

    /** How many words the text has. */
    static int count(String text) {
        return of(text).size();
    }

    /** The words that tell a text apart: four letters or more and not common, or a number; roughly stemmed. */
    static Set<String> content(String text) {
        Set<String> out = new HashSet<>();
        for (String w : of(text)) {
            if ((w.length() >= 4 && !COMMON.contains(w)) || Character.isDigit(w.charAt(0))) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** True when the text says again what one earlier reply said: the same words, or most of its content words. */
    static boolean repeats(String text, List<String> earlier) {
        List<String> plain = of(text);
        Set<String> now = content(text);
        for (String before : earlier) {
            if (!plain.isEmpty() && plain.equals(of(before))) {
                return true;
            }
            Set<String> then = content(before);
            long shared = now.stream().filter(then::contains).count();
            if (now.size() >= 2 && shared * 5 >= now.size() * 4L) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause of the rep's as a quotation the customer can say back: trimmed, without its closing stop, first
     * letter lower case unless it is "I", and at most {@code maxWords} words (an ellipsis marks the cut).
     */
    static String quoted(String clause, int maxWords) {
        String t = clause == null ? "" : clause.strip();
        while (!t.isEmpty() && ".!?,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i)) && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        if (starts.size() > maxWords) {
            t = t.substring(0, starts.get(maxWords)).strip() + "…";
        }
        boolean keepCapital = t.startsWith("I ") || t.startsWith("I'");
        return t.isEmpty() || keepCapital ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String trimApostrophes(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && w.charAt(start) == '\'') {
            start++;
        }
        while (end > start && w.charAt(end - 1) == '\'') {
            end--;
        }
        return w.substring(start, end);
    }

    /** A rough stem so "delivered" meets "delivery" and "parcels" meets "parcel". */
    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}

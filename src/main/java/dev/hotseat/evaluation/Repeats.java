package dev.hotseat.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reply, or a part of it, says again what the learner already said earlier in the session, nearly word
 * for word: a repeat earns nothing new. Words, not meaning: saying the same thing in new words is allowed.
 */
final class Repeats {

    private static final Pattern WORD = Pattern.compile("[a-z0-9£$€#]+(?:'[a-z]+)?");
    private static final Pattern CONTRACTION = Pattern.compile("([a-z]+?)(n't|'d|'ll|'m|'re|'ve|'s)");

    private Repeats() {
    }

    /** The earlier reply this one repeats (80 % of its words or more, both ways), or -1. */
    static int of(String reply, List<String> earlier) {
        Set<String> now = new HashSet<>(words(reply));
        if (now.size() < 2) {
            return -1;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Set<String> before = new HashSet<>(words(earlier.get(i)));
            Set<String> shared = new HashSet<>(now);
            shared.retainAll(before);
            Set<String> all = new HashSet<>(now);
            all.addAll(before);
            if (!all.isEmpty() && shared.size() >= 0.8 * all.size()) {
                return i;
            }
        }
        return -1;
    }

    /** True when the part (three words or more) was already said, nearly word for word, in an earlier reply. */
    static boolean said(String part, List<String> earlier) {
        List<String> words = words(part);
        if (words.size() < 3) {
            return false;
        }
        for (String before : earlier) {
            Set<String> seen = new HashSet<>(words(before));
            long shared = words.stream().filter(seen::contains).count();
            if (shared >= 0.85 * words.size()) {
                return true;
            }
        }
        return false;
    }

    // "I'd" and "I would" are the same words for spotting a repeat.
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            Matcher c = CONTRACTION.matcher(m.group());
            if (c.matches()) {
                out.add(c.group(1).equals("won") ? "will" : c.group(1));
                out.add(switch (c.group(2)) {
                    case "'d" -> "would";
                    case "'ll" -> "will";
                    case "'m" -> "am";
                    case "'re" -> "are";
                    case "'ve" -> "have";
                    case "'s" -> "is";
                    default -> "not";
                });
            } else {
                out.add(m.group());
            }
        }
        return out;
    }
}

package dev.hotseat.evaluation;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text reads as English, by the share of its words that are among the commonest English words.
 * A minimal stand-in so the partner compiles; the evaluator's own check replaces it at merge.
 */
public final class EnglishCheck {
    private static final Set<String> COMMON = Set.of("the", "a", "an", "and", "or", "but", "i", "you", "we",
            "it", "is", "are", "was", "be", "to", "of", "in", "on", "for", "with", "that", "this", "what", "how",
            "my", "your", "me", "can", "will", "i'll", "i'm", "it's", "do", "not", "no", "yes", "so", "if", "at",
            "have", "has", "had", "would", "could", "they", "them", "their", "he", "she", "about", "all", "just",
            "get", "make", "sorry", "please", "thank", "thanks", "there", "here", "when", "why", "our", "us",
            "by", "from", "as", "up", "out", "one", "today", "now", "then", "too", "very", "really", "don't",
            "can't", "let", "like", "know", "see", "help", "customer", "time", "need", "want");

    private EnglishCheck() {
    }

    /** True for English, and for texts too short to tell (fewer than four words). */
    public static boolean looksEnglish(String text) {
        if (text == null) {
            return true;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int common = 0;
        for (String w : words) {
            if (!w.isBlank()) {
                total++;
                common += COMMON.contains(w) ? 1 : 0;
            }
        }
        return total < 4 || common * 5 >= total;
    }
}

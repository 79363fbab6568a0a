package dev.hotseat.partner;

import java.util.List;

/**
 * Watches a persona's streamed line for the model stepping out of character ("As an AI language model",
 * "How can I assist you"). It holds back only the few trailing characters that could be the start of such a
 * phrase, so a broken line is stopped before the learner sees the giveaway words, and a good line streams
 * with almost no delay. Not thread-safe: one per answer.
 */
final class CharacterGuard {

    /** Phrases no customer or interviewer in a practice conversation would say; lower case, straight quotes. */
    static final List<String> BREAKS = List.of(
            "as an ai", "an ai language model", "as a language model", "as a large language model",
            "i'm an ai", "i am an ai", "i'm just an ai", "i am just an ai", "i'm an artificial intelligence",
            "ai assistant", "virtual assistant", "how can i assist you", "how may i assist you",
            "how can i help you today", "is there anything else i can help you with",
            "i can't role-play", "i cannot role-play", "i can't roleplay", "i cannot roleplay",
            "stay in character", "my instructions", "system prompt", "i'm claude", "i am claude", "chatgpt");

    private static final int LONGEST = BREAKS.stream().mapToInt(String::length).max().orElse(0);

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder folded = new StringBuilder();
    private int released;

    /** Adds a piece of the line; returns what may be shown now (possibly ""); throws when character breaks. */
    String accept(String delta) {
        int searchFrom = Math.max(0, folded.length() - LONGEST);
        text.append(delta);
        for (int i = 0; i < delta.length(); i++) {
            folded.append(fold(delta.charAt(i)));
        }
        for (String phrase : BREAKS) {
            int at = indexOfWord(phrase, searchFrom);
            if (at >= 0) {
                throw new OutOfCharacter(text.substring(at, at + phrase.length()));
            }
        }
        return release(folded.length() - heldBack());
    }

    /** The line is complete: returns whatever was still held back, unless it ends on a giveaway. */
    String finish() {
        for (String phrase : BREAKS) {
            int at = folded.length() - phrase.length();
            if (at >= 0 && matchesAt(at, phrase, phrase.length()) && wordStart(at)) {
                throw new OutOfCharacter(text.substring(at));
            }
        }
        return release(text.length());
    }

    boolean started() {
        return text.length() > 0;
    }

    String text() {
        return text.toString();
    }

    private String release(int upTo) {
        if (upTo <= released) {
            return "";
        }
        String out = text.substring(released, upTo);
        released = upTo;
        return out;
    }

    /** Length of the longest tail that could still grow into a break phrase (or is one, awaiting its word end). */
    private int heldBack() {
        int longest = 0;
        int length = folded.length();
        for (String phrase : BREAKS) {
            for (int k = Math.min(phrase.length(), length); k > longest; k--) {
                if (matchesAt(length - k, phrase, k) && wordStart(length - k)) {
                    longest = k;
                    break;
                }
            }
        }
        return longest;
    }

    private boolean matchesAt(int start, String phrase, int count) {
        for (int i = 0; i < count; i++) {
            if (folded.charAt(start + i) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where the phrase stands as whole words, with a character after it (at the very end it may go on). */
    private int indexOfWord(String phrase, int from) {
        for (int at = folded.indexOf(phrase, from); at >= 0; at = folded.indexOf(phrase, at + 1)) {
            int after = at + phrase.length();
            if (wordStart(at) && after < folded.length() && !Character.isLetterOrDigit(folded.charAt(after))) {
                return at;
            }
        }
        return -1;
    }

    private boolean wordStart(int at) {
        return at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
    }

    /** Lower case and straight apostrophes, one char for one char so positions stay the same. */
    private static char fold(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : c == '\u2011' || c == '\u2010' ? '-' : Character.toLowerCase(c);
    }

    /** The line stepped out of character; the message quotes the giveaway words. */
    static final class OutOfCharacter extends RuntimeException {
        OutOfCharacter(String words) {
            super("stepped out of character (\"" + words + "\")");
        }
    }
}

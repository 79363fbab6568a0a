package dev.hotseat.evaluation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The reply being graded with the content words of what the persona last said, for context checks. */
final class ReplyContext {

    private static final Pattern WORD = Pattern.compile("[a-z0-9#£$€]+(?:'[a-z]+)?");
    private static final Pattern YOU = Pattern.compile("(?i)\\b(?:you|your|you're|you've|you'd|you'll|yours)\\b");
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "that", "this", "with", "you", "your", "have", "has", "had", "was", "were", "are",
            "but", "not", "all", "any", "can", "could", "would", "will", "just", "about", "what", "when", "then",
            "there", "their", "they", "them", "from", "into", "out", "get", "got", "been", "being", "did", "does",
            "how", "why", "who", "which", "its", "it's", "i'm", "i've", "i'll", "don't", "didn't", "can't", "won't",
            "yes", "yeah", "okay", "now", "one", "our", "ours", "we're", "that's", "very", "really", "too", "more",
            "some", "even", "still", "also", "like", "want", "need", "know", "think", "feel", "say", "said", "so",
            "let", "make", "sure", "right", "well", "here", "only", "again", "because", "these", "those", "my",
            "me", "mine", "is", "it", "to", "of", "in", "on", "at", "a", "an", "be", "do", "if", "or", "as", "by");

    private final String reply;
    private final Set<String> contextWords;
    private final float[] contextVector;

    ReplyContext(String reply, String context) {
        this(reply, context, null);
    }

    /** @param contextVector the unit embedding of the persona's last line, or null */
    ReplyContext(String reply, String context, float[] contextVector) {
        this.reply = reply;
        this.contextWords = contentWords(context == null ? "" : context);
        this.contextVector = contextVector;
    }

    /** How close a clause's meaning comes to the persona's last line (0 when either is unknown). */
    double echo(float[] clauseVector) {
        return clauseVector == null || contextVector == null ? 0 : ClauseEmbedder.cosine(clauseVector, contextVector);
    }

    String reply() {
        return reply;
    }

    boolean hasContext() {
        return !contextWords.isEmpty();
    }

    /** How many content words of the text also appear in the persona's last line. */
    int overlap(String text) {
        int shared = 0;
        for (String word : contentWords(text)) {
            if (contextWords.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    boolean secondPerson(String text) {
        return YOU.matcher(text).find();
    }

    /** Lower-case, crudely stemmed words of three letters or more that carry content. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    private static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}

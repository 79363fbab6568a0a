package dev.hotseat.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a reply into sentences and then clauses, keeping exact offsets so evidence stays verbatim. */
final class ClauseSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+|(?<=[.!?])(?=[A-Z])");
    // Split long sentences where a new act usually starts: ", but", ", so", " - ", ", and I'll"...
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i),\\s+(?=(?:but|so|and|because|though|although|however|then|which|while|plus)\\b)"
                    + "|\\s+(?=but\\b)|\\s+and\\s+(?=(?:I'll|I will|we'll|we will|I'm going|I've|we've|I can|then|also)\\b)|\\s+[-\u2013\u2014]+\\s+|:\\s+|,\\s+(?=(?:I|we|I'll|we'll|I've|I'm|let me|can you|could you|would you|what|when|how)\\b)");
    private static final int MAX_CLAUSES = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ClauseSplitter() {
    }

    /** The clauses of the reply, in order, at most {@value #MAX_CLAUSES}. */
    static List<Clause> split(String reply) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(reply);
        while (m.find() && clauses.size() < MAX_CLAUSES) {
            addSentence(reply, start, m.start(), clauses);
            start = m.end();
        }
        if (clauses.size() < MAX_CLAUSES) {
            addSentence(reply, start, reply.length(), clauses);
        }
        return clauses.size() > MAX_CLAUSES ? clauses.subList(0, MAX_CLAUSES) : clauses;
    }

    private static void addSentence(String reply, int from, int to, List<Clause> out) {
        int[] span = trim(reply, from, to);
        if (span[0] >= span[1]) {
            return;
        }
        String sentence = reply.substring(span[0], span[1]);
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (words(sentence, start, m.start()) >= 2) {
                addClause(reply, span[0] + start, span[0] + m.start(), sentence, out);
                start = m.end();
            }
        }
        addClause(reply, span[0] + start, span[1], sentence, out);
    }

    private static void addClause(String reply, int from, int to, String sentence, List<Clause> out) {
        int[] span = trim(reply, from, to);
        if (span[0] < span[1]) {
            out.add(new Clause(reply.substring(span[0], span[1]), span[0], span[1], sentence));
        }
    }

    private static int words(String s, int from, int to) {
        String part = s.substring(from, to).trim();
        return part.isEmpty() ? 0 : SPACES.split(part).length;
    }

    private static int[] trim(String s, int from, int to) {
        while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == ',')) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
            to--;
        }
        return new int[] {from, to};
    }
}

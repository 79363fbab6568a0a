package dev.hotseat.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into clauses with exact offsets, so evidence stays verbatim. The same rules as
 * training/reader/clauses.py (ReaderParityTest compares both): the reader is served the clauses it was trained on.
 */
final class ClauseSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+|(?<=[.!?])(?=[A-Z])");
    // Where a new act usually starts inside a sentence: ", but", ", so I'll", " - ", ": ", ", can you".
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i),\\s+(?=(?:but|so|and|because|though|although|however|then|which|while|plus)\\b)"
                    + "|\\s+(?=but\\b)|\\s+and\\s+(?=(?:I'll|I will|we'll|we will|I'm going|I've|we've|I can|then|also)\\b)"
                    + "|\\s+[-\u2013\u2014]+\\s+|:\\s+"
                    + "|,\\s+(?=(?:I|we|I'll|we'll|I've|I'm|let me|can you|could you|would you|what|when|how)\\b)");
    // An unpunctuated run (text-speak, a ramble) is cut before a joining word once it is this long.
    private static final int LONG = 14;
    private static final Pattern JOIN = Pattern.compile("(?i)\\s+(?=(?:and|but|so|then|because|or)\\s)");
    static final int MAX_CLAUSES = 40;

    private ClauseSplitter() {
    }

    /** The clauses of the reply, in order, at most {@value #MAX_CLAUSES}. */
    static List<Clause> split(String reply) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(reply);
        while (m.find()) {
            sentence(reply, start, m.start(), out);
            start = m.end();
        }
        sentence(reply, start, reply.length(), out);
        return out.size() > MAX_CLAUSES ? List.copyOf(out.subList(0, MAX_CLAUSES)) : out;
    }

    private static void sentence(String reply, int from, int to, List<Clause> out) {
        int[] span = trim(reply, from, to);
        if (span[0] >= span[1]) {
            return;
        }
        String sentence = reply.substring(span[0], span[1]);
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (words(sentence, start, m.start()) >= 2) {
                clause(reply, span[0] + start, span[0] + m.start(), sentence, out);
                start = m.end();
            }
        }
        clause(reply, span[0] + start, span[1], sentence, out);
    }

    private static void clause(String reply, int from, int to, String sentence, List<Clause> out) {
        int[] span = trim(reply, from, to);
        if (span[0] >= span[1]) {
            return;
        }
        if (words(reply, span[0], span[1]) > LONG) {
            int start = span[0];
            Matcher m = JOIN.matcher(reply).region(span[0], span[1]);
            while (m.find()) {
                if (words(reply, start, m.start()) >= 4 && words(reply, m.end(), span[1]) >= 4) {
                    add(reply, start, m.start(), sentence, out);
                    start = m.end();
                }
            }
            span[0] = start;
        }
        add(reply, span[0], span[1], sentence, out);
    }

    private static void add(String reply, int from, int to, String sentence, List<Clause> out) {
        int[] span = trim(reply, from, to);
        if (span[0] < span[1]) {
            out.add(new Clause(reply.substring(span[0], span[1]), span[0], span[1], sentence));
        }
    }

    private static int words(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean space = whitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    // ASCII whitespace only, the same set as Python's and Java's \s without Unicode classes.
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static int[] trim(String s, int from, int to) {
        while (from < to && (whitespace(s.charAt(from)) || s.charAt(from) == ',')) {
            from++;
        }
        while (to > from && (whitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
            to--;
        }
        return new int[] {from, to};
    }
}

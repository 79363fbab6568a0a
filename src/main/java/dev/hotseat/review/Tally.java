package dev.hotseat.review;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One session's criteria as {@code session_scores.criteria} keeps them: {@code id:+|-:graded:shown} joined by
 * {@code ;}. One short text per session means the dashboard reads a session's whole tally in the same row as
 * its score, with no second query or join; rubric ids never hold the separators.
 */
final class Tally {
    /** The ids rubric files allow (persona/RubricReader); anything else is left out of the tally. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private Tally() {
    }

    /** Adds one session's tally into {@code into}: id → {graded, shown, negative ? 1 : 0}. */
    static void addTo(String tally, Map<String, int[]> into) {
        if (tally == null || tally.isEmpty()) {
            return;
        }
        for (String item : tally.split(";")) {
            String[] parts = item.split(":");
            int[] sum = into.computeIfAbsent(parts[0], k -> new int[3]);
            sum[0] += Integer.parseInt(parts[2]);
            sum[1] += Integer.parseInt(parts[3]);
            sum[2] = parts[1].equals("-") ? 1 : 0;
        }
    }
}

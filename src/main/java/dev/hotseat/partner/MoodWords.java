package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.core.Outcome;
import dev.hotseat.persona.Scenario;
import java.util.Set;

/**
 * The word shown for the customer's mood, made to agree with the line they just said: "Fine. Deal." is never
 * shown as "frustrated", a hostile line is never "calm", a resolved call is "satisfied" (never "wary"), and a
 * customer who has calmed down but still has not got what they need is "calm, not satisfied".
 */
final class MoodWords {
    /** A hostile line (a warning, blame thrown back) is said at least this angry. */
    static final int HOSTILE_FLOOR = 50;
    static final String SATISFIED = "satisfied";
    static final String GRUDGING = "grudging";
    static final String UNSATISFIED = "calm, not satisfied";
    /** Fixed, but insulted on the way: they took the fix and want the manager. */
    static final String OFFENDED = "offended";
    private static final Set<String> HOSTILE = Set.of("blame", "walk-out", "manager", "sorry-fatigue", "reject-again",
            "unheard-again", "complaint", "anger");
    private static final Set<String> WARM = Set.of("accept", "calmer", "confirm");

    private MoodWords() {
    }

    /**
     * @param level     the mood level after this line
     * @param move      the line's move
     * @param outcome   non-null when the line ends the call
     * @param satisfied the customer has what they want and was heard
     */
    static Mood shown(Scenario s, int level, String move, Outcome outcome, boolean satisfied) {
        String first = Progress.first(move);
        if (outcome == Outcome.RESOLVED || first.equals("resolved")) {
            return new Mood(level, SATISFIED);
        }
        String base = first.contains(":") ? first.substring(0, first.indexOf(':')) : first;
        boolean hostile = HOSTILE.contains(base) || move.contains("warn:");
        int shown = hostile ? Math.max(level, HOSTILE_FLOOR) : level;
        Mood plain = s.mood().moodAt(shown);
        if (!s.mood().labels().isEmpty()) {
            return plain; // the coach's own words, by level
        }
        if (base.equals("complaint")) {
            return new Mood(shown, OFFENDED);
        }
        if (WARM.contains(first) && shown >= 45) {
            return new Mood(shown, first.equals("accept") ? GRUDGING : "softening");
        }
        if (shown < 45 && !satisfied && !hostile) {
            return new Mood(shown, UNSATISFIED);
        }
        return plain;
    }
}

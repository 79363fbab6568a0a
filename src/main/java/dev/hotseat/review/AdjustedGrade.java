package dev.hotseat.review;

import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Rubric;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A grade with coaches' marks applied: each marked criterion takes the coach's shown/not shown, and the score
 * moves by that criterion's weight (the rubric's scoring rule: skills add their weight, habits subtract it).
 */
final class AdjustedGrade {
    private AdjustedGrade() {
    }

    /** The grade as the coach's marks on this turn make it; the grade itself when there are none. */
    static Grade of(Grade grade, List<SessionReview.Mark> marksOnTurn, Rubric rubric) {
        if (marksOnTurn.isEmpty()) {
            return grade;
        }
        Map<String, SessionReview.Mark> marks = marksOnTurn.stream()
                .collect(Collectors.toMap(SessionReview.Mark::criterion, Function.identity(), (a, b) -> b));
        int score = grade.score();
        for (SessionReview.Mark m : marks.values()) {
            if (m.shown() != grade.detected(m.criterion())) {
                score += sign(m.shown()) * points(rubric, m.criterion());
            }
        }
        Map<String, Boolean> shown = marks.values().stream()
                .collect(Collectors.toMap(SessionReview.Mark::criterion, SessionReview.Mark::shown));
        return new Grade(score, CoachMarks.applied(grade, shown), grade.summary(), grade.offTask(), grade.rewrite(), "coach", grade.reading());
    }

    private static int sign(boolean shown) {
        return shown ? 1 : -1;
    }

    // A skill shown is worth its weight; a habit shown costs it.
    private static int points(Rubric rubric, String criterion) {
        Criterion c = rubric.criterion(criterion).orElseThrow();
        return c.polarity() == Polarity.POSITIVE ? c.weight() : -c.weight();
    }
}

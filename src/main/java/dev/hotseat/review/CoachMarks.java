package dev.hotseat.review;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import java.util.List;
import java.util.Map;

/** A grade's criteria as coaches marked them: a marked criterion takes the coach's shown/not shown. */
public final class CoachMarks {
    private CoachMarks() {
    }

    /**
     * The criteria with coaches' marks applied; unmarked ones as the evaluator left them.
     *
     * @param shown the coach's word by criterion id (true: shown)
     */
    public static List<CriterionResult> applied(Grade grade, Map<String, Boolean> shown) {
        return grade.criteria().stream().map(c -> {
            Boolean mark = shown.get(c.id());
            // The coach's word has no quote from the reply: the evidence field only ever holds the evaluator's.
            return mark == null || mark == c.detected() ? c
                    : new CriterionResult(c.id(), c.polarity(), mark, 1.0, "", c.tip(), false, "", c.name());
        }).toList();
    }

    /** The grade with its criteria as coaches marked them, score unchanged (for counting skills, not points). */
    public static Grade detections(Grade grade, Map<String, Boolean> shown) {
        return shown.isEmpty() ? grade
                : new Grade(grade.score(), applied(grade, shown), grade.summary(), grade.offTask(), grade.rewrite(), "coach", grade.reading());
    }
}

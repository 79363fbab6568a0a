package dev.hotseat.history;

import java.time.Instant;
import java.util.List;

/**
 * One line of a learner's history.
 *
 * @param scenario     the scenario's id
 * @param title        the scenario's title (its id when the scenario file is gone)
 * @param kind         customer or interview
 * @param mode         practice or exam
 * @param outcome      resolved, walked-out or ended; null while it goes on
 * @param score        the report's average score; while it goes on, the mean so far (null in an exam)
 * @param replies      the learner's replies in the final branch (tries not counted)
 * @param reviewedBy     the coaches who marked, commented on or passed the session (empty when none did)
 * @param automaticScore the automatic grader's score before the coaches' marks, when theirs changed it; else null
 */
public record SessionSummary(String session, String scenario, String title, String kind, String mode,
                             Instant started, Instant ended, String outcome, Integer score, int replies,
                             List<String> reviewedBy, Integer automaticScore) {
}

package dev.hotseat.review;

import java.time.Instant;
import java.util.List;

/**
 * A scenario a coach set for some learners.
 *
 * @param scenarioMode the scenario's kind, "customer" or "interview" (null when the scenario is gone)
 * @param mode     "practice" or "exam"; an exam assignment counts only exam sessions
 * @param passMark 0–100: a session at or above it passes, unless a coach's verdict says otherwise
 * @param learners each learner's state, by name
 */
public record Assignment(String id, String scenario, String title, String scenarioMode, String mode, int passMark,
                         Instant due, Instant created, String coach, List<Status> learners) {

    public Assignment {
        learners = List.copyOf(learners);
    }

    /** The same assignment with other learners' states. */
    Assignment with(List<Status> statuses) {
        return new Assignment(id, scenario, title, scenarioMode, mode, passMark, due, created, coach, statuses);
    }

    /** Where one learner stands: open, passed or overdue, with their best score since it was set. */
    public record Status(String learner, String state, Integer best, int attempts) {
    }
}

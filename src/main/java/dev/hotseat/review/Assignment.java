package dev.hotseat.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A scenario a coach set for some learners.
 *
 * @param scenarioMode the scenario's kind, "customer" or "interview" (null when the scenario is gone)
 * @param mode     "practice" or "exam"; an exam assignment counts only exam sessions
 * @param passMark 0–100: a session at or above it passes, unless a coach's verdict says otherwise
 * @param due      the moment it is due: the end of the day picked (UTC), or the time given
 * @param dueDate  the calendar day the coach picked, "2026-12-10", the same for everyone wherever they are
 * @param learners each learner's state, by name
 */
public record Assignment(String id, String scenario, String title, String scenarioMode, String mode, int passMark,
                         Instant due, String dueDate, Instant created, String coach, List<Status> learners) {

    public Assignment {
        learners = List.copyOf(learners);
    }

    /**
     * The day a due moment stands for: a day picked alone is stored as the start of the next (the whole day counts),
     * so that midnight names the day before; a time given names its own day (UTC).
     */
    static String dayOf(Instant due) {
        LocalDateTime at = LocalDateTime.ofInstant(due, ZoneOffset.UTC);
        return (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().minusDays(1) : at.toLocalDate()).toString();
    }

    /** The same assignment with other learners' states. */
    Assignment with(List<Status> statuses) {
        return new Assignment(id, scenario, title, scenarioMode, mode, passMark, due, dueDate, created, coach, statuses);
    }

    /** Where one learner stands: open, passed or overdue, with their best score since it was set. */
    public record Status(String learner, String state, Integer best, int attempts) {
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;

/** Grades one learner reply against a rubric. Implementations are thread-safe. */
public interface Evaluator {

    /** Grades the reply in the exchange; never returns null. */
    Grade grade(Exchange exchange);

    /**
     * Grades as {@link #grade} does, but may leave out what costs most and only adds to the grade: the offline
     * evaluator leaves out the "Try saying" rewrite, whose candidates are each read again. Used while other grades
     * wait for a grader, because a grade without a rewrite helps a learner more than {@code not-graded}. The score,
     * verdicts, evidence and tips must be the ones {@link #grade} gives. By default it is {@link #grade}.
     */
    default Grade gradeInAHurry(Exchange exchange) {
        return grade(exchange);
    }

    /**
     * Called with what the next reply will be graded against (the partner's recent lines) as soon as the partner
     * has spoken, while the learner reads and types, so work that depends only on it is done before the reply
     * arrives. Must not change any grade. Does nothing by default.
     */
    default void prepare(String context) {
    }
}

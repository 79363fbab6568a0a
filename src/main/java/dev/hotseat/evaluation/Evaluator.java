package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;

/** Grades one learner reply against a rubric. Implementations are thread-safe. */
public interface Evaluator {

    /** Grades the reply in the exchange; never returns null. */
    Grade grade(Exchange exchange);

    /**
     * Called with what the next reply will be graded against (the partner's recent lines) as soon as the partner
     * has spoken, while the learner reads and types, so work that depends only on it is done before the reply
     * arrives. Must not change any grade. Does nothing by default.
     */
    default void prepare(String context) {
    }
}

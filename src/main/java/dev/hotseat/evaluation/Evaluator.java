package dev.hotseat.evaluation;

/** Grades one learner reply against a rubric. Implementations are thread-safe. */
public interface Evaluator {

    /** Grades the reply in the exchange; never returns null. */
    Grade grade(Exchange exchange);
}

package dev.hotseat.support;

import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;

/** A language-model judge that always times out. */
public final class FailingEvaluator implements Evaluator {
    @Override
    public Grade grade(Exchange exchange) {
        throw new IllegalStateException("judge timed out after 60 s");
    }
}

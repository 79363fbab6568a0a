package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import org.junit.jupiter.api.Test;

/** The interview rubric: a story without an outcome, "calm down", escalation. Known misses: docs/evaluator.md. */
class InterviewRubricTest {

    private static final String QUESTION = "How would you deal with an upset customer?";

    private static Grade grade(String answer) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.INTERVIEW, QUESTION, answer, null));
    }

    @Test
    void storyWithoutAnOutcome_isNotYetStar() {
        assertFalse(grade("In my last job a customer's cake order was wrong for her son's birthday.").detected("star"));
    }

    @Test
    void tellingTheCustomerToCalmDown_isNotStayingCalm() {
        assertFalse(grade("If they start shouting I tell them to calm down.").detected("calm"));
    }

    @Test
    void escalatingOnlyAfterTrying_countsAsEscalate_butStraightAwayDoesNot() {
        assertTrue(grade("If I couldn't resolve it myself, I'd escalate it to my supervisor.").detected("escalate"));
        assertFalse(grade("I'd pass them to my manager straight away.").detected("escalate"));
    }
}

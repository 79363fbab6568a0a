package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import org.junit.jupiter.api.Test;

/** Replies from play-testing the chat whose grades a learner would have disputed. */
class PlaytestCasesTest {
    private final Evaluator evaluator = SharedEvaluator.evaluator();

    private Grade customer(String context, String reply) {
        return evaluator.grade(new Exchange(Mode.CUSTOMER, context, reply, null));
    }

    @Test
    void sympathyAboutWhatTheyPaid_isEmpathy_butNotASolution() {
        Grade grade = customer("My laptop died after two weeks and I paid £749 for it.",
                "I'm really sorry, that's awful when you paid £749 for it.");

        assertTrue(grade.detected("empathy"));
        assertFalse(grade.detected("solution"), grade.criteria().toString());
    }

    @Test
    void puttingTheCustomerOnHold_isNeitherAQuestionAboutTheirProblem_norAFix() {
        Grade grade = customer("Where is my parcel?", "Can I put you on hold?");

        assertFalse(grade.detected("clarify"));
        assertFalse(grade.detected("solution"));
    }

    @Test
    void smallTalk_isNotAClarifyingQuestion() {
        assertFalse(customer("Where is my parcel?", "How's the weather where you are?").detected("clarify"));
    }

    @Test
    void policySpeak_isDeflection_andNotOwnership() {
        Grade grade = customer("Where is my parcel?", "I'm sorry you feel that way, but that's our policy.");

        assertTrue(grade.detected("deflect"));
        assertFalse(grade.detected("ownership"));
        assertEquals(0, grade.score());
    }

    @Test
    void aConcreteStepWithAnUncommonVerb_isASolution_quotedVerbatim() {
        String reply = "I'll recalculate it today from an actual reading, and hold the direct debit until then.";
        Grade grade = customer("The bill is wrong.", reply);

        assertTrue(grade.detected("solution"));
        assertTrue(reply.contains(grade.criterion("solution").orElseThrow().evidence()));
    }

    @Test
    void callingCustomersRude_inAnInterview_isARant() {
        Grade grade = evaluator.grade(new Exchange(Mode.INTERVIEW, "How would you deal with an upset customer?",
                "Customers are mostly rude and unreasonable, honestly.", null));

        assertTrue(grade.detected("rant"));
        assertEquals(0, grade.score());
    }
}

package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import org.junit.jupiter.api.Test;

/** The customer rubric's hard cases, graded by the real MiniLM model and prompts/rubrics/customer.md. */
class RubricEvaluatorTest {

    private static final String LATE = "My order #4471 still hasn't arrived and I needed it for my daughter's party on Saturday!";
    private static final String CHARGED = "You charged me twice for the same booking. I want my money back today.";

    private static Grade grade(String context, String reply) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, context, reply, null));
    }

    private static int weight(String id) {
        return SharedEvaluator.library().rubric(Mode.CUSTOMER).criterion(id).orElseThrow().weight();
    }

    @Test
    void longReply_doingManyThings_detectsEachOfThem() {
        String reply = "I'm so sorry about that. So your order hasn't arrived and you need it for Saturday. "
                + "When did you place it? I'll send a replacement by express courier today and I'll call you on "
                + "Friday to make sure it arrived.";

        Grade grade = grade(LATE, reply);

        for (String id : new String[] {"apology", "restate", "clarify", "solution", "followup"}) {
            assertTrue(grade.detected(id), id + " missing in " + grade.criteria());
        }
        assertFalse(grade.detected("blame"));
        assertTrue(grade.score() >= 60, "score " + grade.score());
    }

    @Test
    void sorryYouFeelThatWay_isBlame_notApology() {
        Grade grade = grade(CHARGED, "I'm sorry you feel that way.");

        assertFalse(grade.detected("apology"));
        assertTrue(grade.detected("blame"));
        assertEquals(0, grade.score());
    }

    @Test
    void sorryButThatsPolicy_isDeflection_notApology() {
        Grade grade = grade(CHARGED, "Sorry, but that's policy.");

        assertFalse(grade.detected("apology"));
        assertTrue(grade.detected("deflect"));
    }

    @Test
    void refusingToApologise_isNoApology() {
        Grade grade = grade(CHARGED, "I'm not going to apologise for the bank's mistake.");

        assertFalse(grade.detected("apology"));
        assertTrue(grade.detected("blame"));
    }

    @Test
    void cantHelpWithThat_isNeitherOwnershipNorSolution() {
        Grade grade = grade(CHARGED, "I can't help with that.");

        assertFalse(grade.detected("ownership"));
        assertFalse(grade.detected("solution"));
        assertTrue(grade.detected("deflect"));
    }

    @Test
    void sarcasm_isBlame_andEarnsNoEmpathy() {
        Grade grade = grade(CHARGED, "oh great, another complaint, thanks so much");

        assertTrue(grade.detected("blame"));
        assertFalse(grade.detected("empathy"));
        assertEquals(0, grade.score());
    }

    @Test
    void calmDown_isBlame() {
        Grade grade = grade("I want to speak to a manager NOW.", "Calm down, sir, there's no need for that.");

        assertTrue(grade.detected("blame"));
        assertEquals("Calm down, sir, there's no need for that.", grade.criterion("blame").orElseThrow().evidence());
    }

    @Test
    void oneWordReply_getsNothingPositive() {
        Grade grade = grade(LATE, "ok");

        assertTrue(grade.criteria().stream().filter(c -> c.polarity() == Polarity.POSITIVE)
                .noneMatch(CriterionResult::detected), grade.criteria().toString());
        assertEquals(0, grade.score());
    }

    @Test
    void restatement_mustShareContentWithWhatTheCustomerSaid() {
        Grade onTopic = grade(CHARGED, "So you were charged twice for the one booking.");
        Grade offTopic = grade(CHARGED, "So your parcel is running late this week.");

        assertTrue(onTopic.detected("restate"));
        assertFalse(offTopic.detected("restate"));
    }

    @Test
    void clarify_mustBeAQuestion() {
        Grade question = grade(LATE, "When did you place the order?");
        Grade statement = grade(LATE, "When I checked this morning the order was still in the depot.");

        assertTrue(question.detected("clarify"));
        assertFalse(statement.detected("clarify"));
    }

    @Test
    void solution_mustBeAConcreteAction() {
        assertTrue(grade(LATE, "I'll send a replacement today by next-day courier.").detected("solution"));
        assertFalse(grade(LATE, "I'll see what I can do.").detected("solution"));
    }

    @Test
    void score_addsPositiveWeights_andNegativeWeightsSubtract() {
        Grade apologyOnly = grade(LATE, "I'm really sorry about the delay.");
        Grade apologyAndBlame = grade(LATE, "I'm really sorry about the delay, but you should have ordered earlier.");

        assertEquals(weight("apology"), apologyOnly.score());
        assertEquals(Math.max(0, weight("apology") - weight("blame")), apologyAndBlame.score());
    }

    @Test
    void firmLimit_withAnAlternative_countsAsFirm() {
        Grade grade = grade("I want a full refund AND compensation.",
                "I can't offer compensation on top of the refund, but I've processed the full refund today.");

        assertTrue(grade.detected("firm"));
        assertTrue(grade.detected("solution"));
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import org.junit.jupiter.api.Test;

/** Tips teach: they name the skill and the article, and rewrite the learner's own reply with the scenario's facts. */
class FeedbackTest {

    private static final String CONTEXT = "It's Friday and my cake stand still isn't here. I paid for next-day delivery!";

    private static Grade grade(String reply, Scenario scenario) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, CONTEXT, reply, scenario));
    }

    private static Scenario lateParcel() {
        return SharedEvaluator.library().scenario("late-parcel");
    }

    @Test
    void missedSkill_tipNamesSkill_article_andRewritesTheLearnersReply() {
        String reply = "I'll look into where it is.";

        CriterionResult solution = grade(reply, lateParcel()).criterion("solution").orElseThrow();

        assertFalse(solution.detected());
        assertTrue(solution.tip().startsWith("Concrete solution"), solution.tip());
        // a customer tip cites a customer-service article, never an interview guide (issue 8)
        assertTrue(solution.tip().contains("Top 5 Ways to Deal with Upset Customers"), solution.tip());
        assertTrue(solution.tip().contains(reply), solution.tip());
        assertTrue(solution.tip().contains("same-day courier"), "built from the scenario's policy: " + solution.tip());
    }

    @Test
    void restateTip_turnsTheCustomersWordsRound() {
        CriterionResult restate = grade("I'll look into where it is.", lateParcel()).criterion("restate").orElseThrow();

        assertTrue(restate.tip().contains("your cake stand still isn't here"), restate.tip());
    }

    @Test
    void rewrite_dropsTheBlamingClause_andKeepsTheRest() {
        String reply = "You should have ordered earlier. I'll send a new one by same-day courier.";

        Grade grade = grade(reply, lateParcel());

        assertTrue(grade.detected("blame"));
        assertFalse(grade.rewrite().contains("You should have ordered earlier"), grade.rewrite());
        assertTrue(grade.rewrite().contains("I'll send a new one by same-day courier."), grade.rewrite());
    }

    @Test
    void summary_namesTheStrongestSkill_withAQuote_andWhatToPractiseNext() {
        Grade grade = grade("I'm so sorry about the delay.", null);

        assertTrue(grade.summary().contains("Strongest skill: sincere apology (\"I'm so sorry about the delay.\")"),
                grade.summary());
        assertTrue(grade.summary().contains("Practise next:"), grade.summary());
    }

    @Test
    void detectedSkill_tipQuotesTheEvidence() {
        CriterionResult apology = grade("I'm so sorry about the delay.", null).criterion("apology").orElseThrow();

        assertTrue(apology.tip().contains("\"I'm so sorry about the delay.\""), apology.tip());
    }

    @Test
    void firmTip_isNotOffered_whenTheCustomerHasNotAskedForMore() {
        Grade g = grade("Let me check where it is.", lateParcel());

        assertEquals("", g.criterion("firm").orElseThrow().tip());
    }

    @Test
    void firmTip_isOffered_whenTheCustomerPushesForMoreThanPolicy() {
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER,
                "I want a full refund and a voucher on top for all this hassle.", "Let me check where it is.", null));

        String tip = g.criterion("firm").orElseThrow().tip();
        assertTrue(tip.startsWith("Holding"), tip);
    }

    @Test
    void collaborateTip_waitsUntilASolutionIsOnTheTable() {
        Grade early = grade("Oh no, that's not what you paid for.", lateParcel());
        Grade later = grade("I'll send a new cake stand by courier today.", lateParcel());

        assertEquals("", early.criterion("collaborate").orElseThrow().tip());
        assertFalse(later.criterion("collaborate").orElseThrow().tip().isEmpty());
    }

    @Test
    void interviewFirmTip_isOfferedOnlyWhenTheQuestionIsAboutDemands() {
        String answer = "I'd listen and try to help them.";
        Grade general = SharedEvaluator.evaluator().grade(new Exchange(Mode.INTERVIEW,
                "How would you deal with an upset customer?", answer, null));
        Grade demands = SharedEvaluator.evaluator().grade(new Exchange(Mode.INTERVIEW,
                "What would you do if the customer kept demanding more than you could offer?", answer, null));

        assertEquals("", general.criterion("firm").orElseThrow().tip());
        assertFalse(demands.criterion("firm").orElseThrow().tip().isEmpty());
    }
}

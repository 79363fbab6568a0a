package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tips teach: they name the skill and its article, quote the learner, and offer only what this moment of the call
 * needs (the partner's last move says which moment it is).
 */
class FeedbackTest {

    private static final String CONTEXT = "It's Friday and my cake stand still isn't here. I paid for next-day delivery!";

    private static Grade grade(String reply, Scenario scenario, String partnerMove) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, CONTEXT, reply, scenario, List.of(),
                List.of(), partnerMove));
    }

    private static Scenario lateParcel() {
        return SharedEvaluator.library().scenario("late-parcel");
    }

    @Test
    void inAHurry_theGradeIsTheSame_butForTheRewrite() {
        Exchange exchange = new Exchange(Mode.CUSTOMER, CONTEXT, "I'm sorry about that.", lateParcel());

        Grade full = SharedEvaluator.evaluator().grade(exchange);
        Grade hurried = SharedEvaluator.evaluator().gradeInAHurry(exchange);

        assertFalse(full.rewrite().isBlank(), "the full grade offers a better line");
        assertEquals("", hurried.rewrite());
        assertEquals(full.score(), hurried.score());
        assertEquals(full.criteria(), hurried.criteria());
        assertEquals(full.summary(), hurried.summary());
    }

    /** A reply to double-charge's first opening line (no question in it), graded in full. */
    private static Grade toTheOpening(String reply) {
        Scenario s = SharedEvaluator.library().scenario("double-charge");
        String opening = LineValues.fill(s.lines().get("opening").getFirst(), s);
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, opening, reply, s));
    }

    @Test
    void aRewrite_keepsOnlyWhatTheLearnerSaidThatCounts() {
        String rewrite = toTheOpening("That's our policy. I'm sorry about that.").rewrite();

        assertFalse(rewrite.isBlank());
        assertTrue(rewrite.contains("I'm sorry about that."), rewrite);
        assertFalse(rewrite.contains("policy"), rewrite);
    }

    @Test
    void aRewrite_asksTheScenariosOwnQuestion_andDoesNotFixInTheSameBreath_norPromisesToCheckOnNothing() {
        Scenario s = SharedEvaluator.library().scenario("double-charge");

        String rewrite = toTheOpening("I'm sorry about that.").rewrite();

        List<String> questions = s.hiddenFacts().stream().flatMap(f -> f.askedBy().stream()).toList();
        assertTrue(questions.stream().anyMatch(rewrite::contains), rewrite);
        assertTrue(s.wants().acceptedIf().stream().noneMatch(rewrite::contains), "a fix beside the question: " + rewrite);
        assertFalse(rewrite.contains("ring you"), "a follow-up with no fix: " + rewrite);
    }

    @Test
    void missedSkill_tipNamesSkill_andTheCustomerArticle() {
        CriterionResult solution = grade("I'll look into where it is.", lateParcel(), null).criterion("solution").orElseThrow();

        assertFalse(solution.detected());
        assertTrue(solution.tip().startsWith("Concrete solution is missing."), solution.tip());
        // a customer tip cites a customer-service article, never an interview guide
        assertTrue(solution.tip().contains("Top 5 Ways to Deal with Upset Customers"), solution.tip());
    }

    @Test
    void habitTheRubricGivesAsAnExample_isDropped_fromTheRewrite_andTheRestIsKept() {
        // "Next time, maybe order a bit earlier." is one of the rubric's own examples of blame
        String reply = "Next time, maybe order a bit earlier. I'll send a new one by same-day courier.";

        Grade grade = grade(reply, lateParcel(), null);

        assertTrue(grade.detected("blame"), grade.criteria().toString());
        assertTrue(grade.criterion("blame").orElseThrow().tip().startsWith("Avoid"), grade.summary());
        assertTrue(grade.summary().contains("Practise next: drop"), grade.summary());
        assertFalse(grade.rewrite().contains("order a bit earlier"), grade.rewrite());
    }

    @Test
    void summary_namesTheStrongestSkill_withAQuote_andWhatToPractiseNext() {
        Grade grade = grade("I'm so sorry about the delay.", null, null);

        assertTrue(grade.summary().matches("Strongest skill: [a-z ]+ \\(\"I'm so sorry about the delay\\.\"\\)\\. Practise next: .*"),
                grade.summary());
    }

    @Test
    void detectedSkill_tipQuotesTheEvidence() {
        CriterionResult apology = grade("I'm so sorry about the delay.", null, null).criterion("apology").orElseThrow();

        assertTrue(apology.detected(), apology.toString());
        assertTrue(apology.tip().contains("\"I'm so sorry about the delay.\""), apology.tip());
    }

    @Test
    void holdingALimit_andAskingWhatIsFair_areTipped_onlyOnceTheCustomerPushesBack() {
        String reply = "Let me check where it is.";

        Grade complaint = grade(reply, lateParcel(), "press");
        Grade pushback = grade(reply, lateParcel(), "pushback");

        assertEquals("", complaint.criterion("firm").orElseThrow().tip());
        assertEquals("", complaint.criterion("collaborate").orElseThrow().tip());
        assertTrue(pushback.criterion("firm").orElseThrow().tip().startsWith("Holding a limit politely is missing."),
                pushback.criterion("firm").orElseThrow().tip());
        assertTrue(pushback.criterion("collaborate").orElseThrow().tip().startsWith("Working it out together is missing."),
                pushback.criterion("collaborate").orElseThrow().tip());
    }

    @Test
    void onceTheFixIsAgreed_noActionIsMissing_andTheFollowUpIsWhatToPractise() {
        Grade g = grade("Great, glad that works for you.", lateParcel(), "accept");

        assertEquals("", g.criterion("solution").orElseThrow().tip());
        assertTrue(g.summary().contains("Practise next: follow-up"), g.summary());
    }
}

package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Polarity;
import dev.hotseat.core.Reading;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a reading becomes a score, from the rubric file alone: roles and shares, habits taken away, warm words alone
 * capped while the problem is open, and a fix no longer needed once the call is closing. Readings are built by hand,
 * so these hold whatever the trained reader reads.
 */
class ScoringTest {

    private static Criterion c(String id, Role role, int weight) {
        return new Criterion(id, role == Role.HABIT ? Polarity.NEGATIVE : Polarity.POSITIVE, role, weight, id, "", "",
                "", List.of(), List.of(), List.of(), "tip for " + id, "", List.of());
    }

    private static final Rubric RUBRIC = new Rubric("customer", Mode.CUSTOMER, "t", List.of(
            c("empathy", Role.HEARD, 25), c("apology", Role.HEARD, 20), c("solution", Role.ACTION, 45),
            c("ownership", Role.ACTION, 15), c("followup", Role.FOLLOWUP, 15), c("blame", Role.HABIT, 30)),
            "rubrics/customer.md", Scoring.DEFAULT, List.of());

    private static Reading reading(String... acts) {
        List<Reading.Part> parts = new ArrayList<>();
        for (String act : acts) {
            parts.add(new Reading.Part(0, act.length(), act, false, Map.of(act, 0.9)));
        }
        return new Reading("customer", parts, List.of(), true, "", "test");
    }

    private static int score(Moment moment, String... acts) {
        Exchange exchange = new Exchange(Mode.CUSTOMER, "Where is it?", String.join(" ", acts), null);
        return Scorer.score(RubricEvaluator.verdicts(RUBRIC, reading(acts), exchange), RUBRIC.scoring(), moment).score();
    }

    @Test
    void aPlainFix_earnsMostOfTheActionShare() {
        assertEquals(45, score(Moment.COMPLAINT, "solution"));
    }

    @Test
    void warmWordsAlone_stopAtWithoutAction_whileTheProblemIsOpen() {
        Exchange exchange = new Exchange(Mode.CUSTOMER, "Where is it?", "empathy apology", null);
        Scorer.Result r = Scorer.score(RubricEvaluator.verdicts(RUBRIC, reading("empathy", "apology"), exchange),
                RUBRIC.scoring(), Moment.COMPLAINT);

        assertEquals(25, r.score());
        assertTrue(r.capped().contains("25"), r.capped());
    }

    @Test
    void heardActedAndFollowedUp_isFullMarks_andEachRoleIsCappedAtItsShare() {
        assertEquals(100, score(Moment.COMPLAINT, "empathy", "apology", "solution", "ownership", "followup"));
        assertEquals(score(Moment.COMPLAINT, "empathy", "solution"), score(Moment.COMPLAINT, "empathy", "apology", "solution")
                - 10, "apology adds only up to the heard share of 35");
    }

    @Test
    void aHabit_takesItsWeightAway_evenAfterAFix() {
        assertEquals(45 - 30, score(Moment.COMPLAINT, "solution", "blame"));
    }

    @Test
    void onceTheFixIsAgreed_aFollowUpIsWhatCounts_andNoFixIsNeeded() {
        int close = score(Moment.CLOSING, "apology", "followup");

        assertEquals(Math.round(100f * (20 + 15) / 50), close);
    }
}

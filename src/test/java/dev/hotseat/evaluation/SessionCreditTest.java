package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grade knows what the learner already did in the session, and names what this moment needs. */
class SessionCreditTest {

    private static final String VENT = "Four days without broadband and I work from home! Nobody has even called me back!";

    private static Grade grade(String context, String reply, List<String> earlier, List<Grade> grades, String move) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, context, reply, null, earlier, grades, move));
    }

    @Test
    void aSkillShownInAnEarlierReply_isNotNotYet() {
        // given a first reply that showed being heard
        String first = "I'm really sorry, four days without broadband is awful when you work from home.";
        Grade earlier = grade(VENT, first, List.of(), List.of(), null);
        List<String> shown = earlier.criteria().stream()
                .filter(c -> c.polarity() == Polarity.POSITIVE && c.detected()).map(CriterionResult::id).toList();
        assertFalse(shown.isEmpty(), earlier.criteria().toString());
        // when the next reply does not say it again
        Grade next = grade("So what are you going to do about it?", "Let me look at your line now.", List.of(first),
                List.of(earlier), "press");
        // then each of those skills is marked as shown earlier, with no tip to add it
        for (String id : shown) {
            CriterionResult c = next.criterion(id).orElseThrow();
            assertFalse(c.detected(), id);
            assertTrue(c.shownEarlier(), id);
            assertEquals("", c.tip(), id);
        }
    }

    @Test
    void whileTheProblemIsOpen_aReplyWithAFixButNoHearing_isToldToShowTheyUnderstood() {
        Grade g = grade("It's Friday and my cake stand still isn't here. I paid for next-day delivery!",
                "I'll send a new one by same-day courier.", List.of(), List.of(), "press");

        assertTrue(g.detected("solution"), g.criteria().toString());
        assertTrue(g.summary().contains("they want to know you understood"), g.summary());
    }

    @Test
    void onceAFixIsAgreed_practiseNextIsTheFollowUp() {
        String fix = "I'll book an engineer for Saturday morning and send a 4G router today.";
        Grade first = grade(VENT, fix, List.of(), List.of(), null);
        Grade g = grade("OK, Saturday works, as long as someone actually turns up.", "Great, that's booked for you.",
                List.of(fix), List.of(first), "accept");
        assertTrue(g.summary().contains("Practise next: follow-up"), g.summary());
        assertTrue(g.summary().contains("check it worked"), g.summary());
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grade knows what the learner already did in the session, and names what this moment needs. */
class SessionCreditTest {

    private static final String VENT = "Four days without broadband and I work from home! Nobody has even called me back!";

    private static Grade grade(String context, String reply, List<String> earlier, List<Grade> grades) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, context, reply, null, earlier, grades));
    }

    @Test
    void anApologyAlreadyGiven_isNotNotYet() {
        // given a first reply that apologised
        String first = "I'm really sorry, four days without broadband is awful when you work from home.";
        Grade earlier = grade(VENT, first, List.of(), List.of());
        assertTrue(earlier.detected("apology"));
        // when the next reply does not apologise again
        Grade next = grade("So what are you going to do about it?", "I'll book an engineer for tomorrow morning.",
                List.of(first), List.of(earlier));
        // then apology is marked as shown earlier, with no tip to add it
        CriterionResult apology = next.criterion("apology").orElseThrow();
        assertFalse(apology.detected());
        assertTrue(apology.shownEarlier());
        assertEquals("", apology.tip());
        assertFalse(next.summary().contains("apology"), next.summary());
        assertFalse(next.rewrite().contains("sorry"), next.rewrite());
    }

    @Test
    void whileTheCustomerStillVents_practiseNextIsBeingHeard() {
        Grade g = grade(VENT, "I'll book an engineer for Saturday.", List.of(), List.of());
        assertTrue(g.summary().contains("Practise next: empathy") || g.summary().contains("Practise next: restating"),
                g.summary());
        assertTrue(g.summary().contains("still venting"), g.summary());
    }

    @Test
    void onceAFixIsAgreed_practiseNextIsTheFollowUp() {
        String fix = "I'll book an engineer for Saturday morning and send a 4G router today.";
        Grade first = grade(VENT, fix, List.of(), List.of());
        Grade g = grade("OK, Saturday works, as long as someone actually turns up.", "Great, that's booked for you.",
                List.of(fix), List.of(first));
        assertTrue(g.summary().contains("Practise next: follow-up"), g.summary());
        assertTrue(g.summary().contains("check it worked"), g.summary());
    }
}

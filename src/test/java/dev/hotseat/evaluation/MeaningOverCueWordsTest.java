package dev.hotseat.evaluation;

import dev.hotseat.persona.Polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences from issue 8 that bought credit with words, not meaning. */
class MeaningOverCueWordsTest {

    private static final String CHARGED = "You charged me twice for the same order and nobody answers my emails!";

    private static Grade customer(String reply) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, CHARGED, reply, null));
    }

    private static Grade interview(String reply) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.INTERVIEW,
                "Tell me about a time you dealt with an angry customer.", reply, null));
    }

    private static boolean anySkill(Grade g) {
        return g.criteria().stream().anyMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE);
    }

    @Test
    void sarcasm_earnsNoApologyOrOwnership_andCountsAsBlame() {
        for (String reply : List.of("Oh I'm SO sorry you can't read a receipt.",
                "Sure, that's totally on us, because you're clearly our only customer.")) {
            // when a sarcastic apology or admission is graded
            Grade g = customer(reply);
            // then it earns no skill and is flagged as blaming, quoting the reply
            assertFalse(anySkill(g), reply);
            assertTrue(g.detected("blame"), reply);
            assertTrue(reply.contains(g.criterion("blame").orElseThrow().evidence()));
            assertEquals(0, g.score());
        }
    }

    @Test
    void negationScope_cancelsTheCue() {
        assertFalse(customer("I am not sorry.").detected("apology"));
        assertFalse(customer("We won't take responsibility for bank errors.").detected("ownership"));
        assertFalse(customer("I won't be calling you back about this.").detected("followup"));
    }

    @Test
    void blamingSentences_earnNothing_evenWithGoodWords() {
        Grade onYou = customer("That's on you.");
        assertFalse(onYou.detected("ownership"));
        assertTrue(onYou.detected("blame"));
        Grade checked = customer("If you'd checked properly this wouldn't have happened.");
        assertFalse(checked.detected("empathy"));
        assertTrue(checked.detected("blame"));
        Grade mistake = customer("Don't blame me for your mistake.");
        assertFalse(mistake.detected("apology") || mistake.detected("ownership"));
        // a blaming sentence spoils its own sentence only: the apology before it still counts
        Grade mixed = customer("I'm sorry about the double charge. You should have checked your statement though.");
        assertTrue(mixed.detected("apology"));
        assertTrue(mixed.detected("blame"));
        Grade sameSentence = customer("I'm sorry about the double charge, but you should have checked your statement.");
        assertFalse(sameSentence.detected("apology"));
    }

    @Test
    void condescendingQuestions_areNotClarifyingQuestions() {
        for (String reply : List.of("Did you even read the confirmation email?", "Is it really that hard to check a statement?",
                "What do you expect me to do about it?")) {
            Grade g = customer(reply);
            assertFalse(g.detected("clarify"), reply);
            assertTrue(g.detected("blame"), reply);
        }
        assertTrue(customer("Which card were the two payments taken from?").detected("clarify"));
    }

    @Test
    void cantXButCanY_holdsALimit() {
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER,
                "I want a full refund and compensation for all this.",
                "I can't give you compensation, but I can refund the second charge today.", null));
        assertTrue(g.detected("firm"));
        assertTrue(g.detected("solution"));
    }

    @Test
    void aGenericResetTrick_isNotASolution() {
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER,
                "My broadband has dropped out every evening for a week and I work from home.",
                "Have you tried turning the router off and on again?", null));
        assertFalse(g.detected("solution"));
        assertFalse(g.detected("clarify"));
    }

    @Test
    void pastTenseActionsInAStory_countForSolutionAndOwnership() {
        Grade g = interview("In my last job at a bakery a woman's birthday cake had the wrong name. I rang the kitchen and "
                + "had them redo it in twenty minutes, and I stayed with her until it was boxed. She came back the next week.");
        assertTrue(g.detected("solution"));
        assertTrue(g.detected("ownership"));
        assertTrue(g.detected("star"));
    }

    @Test
    void starLabels_withoutContent_earnNothing_withContent_earnStar() {
        Grade empty = interview("Situation: customer. Task: help. Action: helped. Result: happy.");
        assertEquals(0, empty.score());
        assertFalse(anySkill(empty));
        Grade full = interview("Situation: at my weekend job in a phone shop a man's repair was two days late. Task: I had "
                + "to keep him as a customer. Action: I called the repair centre and got a loan phone set up. Result: he "
                + "picked it up on Friday and left a good review.");
        assertTrue(full.detected("star"));
        assertTrue(full.detected("solution"));
    }
}

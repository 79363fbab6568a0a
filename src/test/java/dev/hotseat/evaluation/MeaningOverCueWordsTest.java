package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;

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

    @Test
    void negationScope_reachesNoOneRefusalsAndDenials_butNotWarmth() {
        // given replies that refuse, deny or dismiss in words a cue list would credit; when graded; then no skill
        for (String reply : List.of("No one will be calling you back, the case is closed.",
                "We are in no way responsible for what your bank does.", "I'm hardly going to apologise for a busy Monday.",
                "I really don't understand what you're so upset about.",
                "That's not an error on our side and I won't pretend it is.",
                "We won't be sending a third one, and I'm not sorry about that.")) {
            assertFalse(anySkill(customer(reply)), reply);
        }
        assertTrue(customer("We are in no way responsible for what your bank does.").detected("deflect"));
        assertTrue(customer("I really don't understand what you're so upset about.").detected("blame"));
        // and "no one should have to…", "I can't imagine how…" are still warmth, not refusals
        assertTrue(customer("No one should have to chase a refund this many times.").detected("empathy"));
        assertTrue(customer("I can't imagine how stressful that is.").detected("empathy"));
    }

    @Test
    void aHabitsCueRightAfterNot_isNotTheHabit() {
        // given a reply that clears the customer of blame; when graded
        Grade g = customer("It's not your fault at all, that was our mistake and I'll refund it today.");
        // then "your fault" after "not" is no blame, and the admission is ownership
        assertFalse(g.detected("blame"));
        assertTrue(g.detected("ownership"));
        // but a scolding question keeps its habit
        assertTrue(customer("Why don't you calm down and let me finish?").detected("blame"));
    }

    @Test
    void mockEnthusiasmAndMockConcern_earnNothing_andCountAsBlame() {
        for (String reply : List.of("Yeah, because we just LOVE charging people twice.",
                "Oh sure, let me fetch the manager for your very important complaint.",
                "Two payments, wow, how will you ever survive.", "Of course it's our fault, everything always is.")) {
            Grade g = customer(reply);
            assertFalse(anySkill(g), reply);
            assertTrue(g.detected("blame"), reply);
        }
    }

    @Test
    void contempt_spoilsTheWholeReply_notOnlyItsSentence() {
        // given a sneer followed by a line that would otherwise earn credit; when graded; then nothing is credited
        Grade sneer = customer("Oh wonderful, another double charge. I'll refund the second payment today.");
        assertFalse(anySkill(sneer));
        assertTrue(sneer.detected("blame"));
        // and a candidate who shows contempt for customers anywhere earns nothing for sounding calm elsewhere
        Grade rant = interview("I'd stay calm and let them finish. Some people just enjoy having someone to shout at.");
        assertFalse(anySkill(rant));
        assertTrue(rant.detected("rant"));
        assertTrue(interview("I'd stay calm and let them finish, then ask what happened.").detected("calm"));
    }

    @Test
    void questionsThatSuggestSeekAgreementOrCheckBack_areNotClarify_realQuestionsWithoutAMarkAre() {
        for (String reply : List.of("Have you thought about switching to paperless statements?",
                "That must have been stressful, right?", "So you were charged twice?")) {
            assertFalse(customer(reply).detected("clarify"), reply);
        }
        assertTrue(customer("So you were charged twice?").detected("restate"));
        for (String reply : List.of("Could you say which day the second payment left your account",
                "Tell me a bit more about the two payments.", "I'd like to understand which emails went unanswered.")) {
            assertTrue(customer(reply).detected("clarify"), reply);
        }
    }

    @Test
    void restatementInEverydayWords_isRestating() {
        for (String reply : List.of("I understand you've been charged twice for the same order.",
                "From what you've said, nobody has answered your emails about the second charge.")) {
            assertTrue(customer(reply).detected("restate"), reply);
        }
    }
}

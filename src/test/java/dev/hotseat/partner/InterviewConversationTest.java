package dev.hotseat.partner;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.PromptLibrary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Play-test findings: the interviewer remembers earlier answers and reacts to the answer it got. */
class InterviewConversationTest {

    private final PromptLibrary library = SharedEvaluator.library();

    @Test
    void exampleGivenInAnEarlierAnswer_isNeverAskedForAgain() {
        Chat chat = new Chat(library.scenario("service-rep-warm"));
        chat.say("In my last job a customer was furious about a renewal. I listened and repeated it back, and in"
                + " the end he thanked me and stayed with us.", "listen", "restate", "star");

        PartnerLine second = chat.say("I'd tell them kindly what I can do instead.", "firm");
        PartnerLine third = chat.say("I'd call them the next day to check it's sorted.", "followup");

        List.of(second, third).forEach(l -> assertNotEquals("question:example", l.move(), l.text()));
        List.of(second, third).forEach(l -> assertNotEquals("question:listening", l.move(), l.text()));
    }

    @Test
    void thinAnswer_isNudgedOnce_withTheWholeQuestionRepeated_thenTheInterviewMovesOn() {
        Scenario strict = library.scenario("call-centre-strict");
        Chat chat = new Chat(strict);
        PartnerLine limit = chat.say("I'd stay calm and listen, like in my last job, where in the end it was"
                + " resolved.", "calm", "listen", "star");

        PartnerLine nudge = chat.say("Don't know.");
        PartnerLine next = chat.say("Dunno.");

        assertEquals("nudge", nudge.move());
        String question = limit.text().substring(limit.text().indexOf(' ') + 1);
        assertTrue(nudge.text().endsWith(question), nudge.text() + " | " + question);
        assertTrue(next.move().startsWith("question:") || next.move().startsWith("close:"), next.move());
    }

    @Test
    void secondRant_isRemarkedOn_andCostsMoreThanTheFirst() {
        Chat chat = new Chat(library.scenario("call-centre-strict"));
        int start = chat.last().mood().level();
        int afterFirst = chat.say("Most customers are idiots who just want to shout.", "rant").mood().level();

        PartnerLine second = chat.say("Well, they are unreasonable. People are so entitled these days.", "rant");

        assertTrue(second.text().startsWith("That's twice now"), second.text());
        assertTrue(second.mood().level() - afterFirst > afterFirst - start,
                start + " → " + afterFirst + " → " + second.mood().level());
    }

    @Test
    void answerThatShowedNoSkill_getsNoPraiseBeforeTheNextQuestion() {
        Scenario warm = library.scenario("service-rep-warm");
        Chat chat = new Chat(warm);

        PartnerLine line = chat.say("Customer service is really important to me and I am a people person.");

        assertTrue(line.move().startsWith("question:"), line.move());
        warm.lines().get("ack").forEach(ack -> assertFalse(line.text().startsWith(ack), line.text()));
    }

    @Test
    void strongFirstAnswer_stillGetsTheMinimumQuestions_butNeverARequestForAnExampleItAlreadyGave() {
        Scenario rapid = library.scenario("retail-rapid-fire");
        Chat chat = new Chat(rapid);
        chat.say("Last Christmas a customer's return was refused. I stayed calm, listened and asked what she'd"
                + " paid with, and offered an exchange within policy. She left happy.",
                "calm", "listen", "clarify", "firm", "star");

        for (int i = 0; i < rapid.questions().minQuestions(); i++) {
            chat.say("I'd say no politely and offer the best thing I can, and then I would check back later.");
        }

        List<String> moves = chat.history().stream().filter(t -> !t.byLearner()).map(t -> t.move()).toList();
        assertFalse(moves.contains("question:example"), moves.toString());
        assertFalse(moves.contains("question:outcome"), moves.toString());
    }

    @Test
    void questionBackInsteadOfAnAnswer_isPutOffPolitely_andTheQuestionAskedAgain() {
        Scenario warm = library.scenario("service-rep-warm");
        Chat chat = new Chat(warm);

        PartnerLine line = chat.say("Before I answer, what's the salary for this role, and is there parking on site?");

        assertEquals("nudge", line.move());
        assertTrue(line.text().startsWith("Good question"), line.text());
        assertTrue(line.text().endsWith(warm.questions().main()), line.text());
    }
}

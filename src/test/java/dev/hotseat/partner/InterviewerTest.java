package dev.hotseat.partner;

import dev.hotseat.evaluation.SharedEvaluator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Outcome;
import dev.hotseat.persona.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewerTest {

    private final Scenario interview = SharedEvaluator.library().scenario("service-rep-warm");

    @Test
    void opening_asksTheMainQuestion() {
        Chat chat = new Chat(interview);

        assertEquals("question:main", chat.last().move());
        assertTrue(chat.last().text().endsWith(interview.questions().main()), chat.last().text());
    }

    @Test
    void answerWithoutAnExample_isAskedForARealTime() {
        assertEquals("question:example", Chat.moveAfter(interview, "I would listen and stay calm and be firm.", "listen", "calm", "firm"));
    }

    @Test
    void exampleWithoutAnEnding_isAskedHowItEnded() {
        String move = Chat.moveAfter(interview, "In my last job I had a customer whose order was lost, so I listened and"
                + " said no politely to a full refund.", "listen", "firm");

        assertEquals("question:outcome", move);
    }

    @Test
    void noWordOnHoldingALimit_isAskedWhatTheyWouldSayToMoreDemands() {
        String move = Chat.moveAfter(interview, "Once a customer shouted at me; I listened, and in the end she thanked me.",
                "listen", "star");

        assertEquals("question:limit", move);
    }

    @Test
    void rant_isProbedFirst() {
        assertEquals("question:attitude", Chat.moveAfter(interview, "Honestly most customers are just rude and unreasonable.", "rant"));
    }

    @Test
    void interview_neverRepeatsAFollowUp_andClosesWithinItsLimits() {
        Chat chat = new Chat(interview);

        for (int i = 0; i < 8 && chat.last().outcome() == null; i++) {
            chat.say("I'd stay calm and listen.", "calm", "listen");
        }

        List<String> moves = chat.history().stream().filter(t -> !t.byLearner()).map(t -> t.move()).toList();
        List<String> questions = moves.stream().filter(m -> m.startsWith("question:")).toList();
        assertEquals(Outcome.ENDED, chat.last().outcome());
        assertEquals(questions.size(), new HashSet<>(questions).size(), moves.toString());
        int min = interview.questions().minQuestions();
        int max = interview.questions().maxQuestions();
        assertTrue(questions.size() >= min && questions.size() <= max, moves.toString());
        assertTrue(chat.last().move().startsWith("close:"), moves.toString());
    }

    @Test
    void strongAnswers_closeWithAStrongVerdict_weakOnesWithAWeakOne() {
        Chat strong = new Chat(interview);
        Chat weak = new Chat(interview);
        Set<String> all = Set.of("calm", "listen", "empathy", "restate", "clarify", "solution", "firm",
                "followup", "star");

        for (int i = 0; i < 8 && strong.last().outcome() == null; i++) {
            strong.say("Once in my last job I listened, and in the end they stayed.", all.toArray(String[]::new));
        }
        for (int i = 0; i < 8 && weak.last().outcome() == null; i++) {
            weak.say("Not sure.");
        }

        assertEquals("close:strong", strong.last().move());
        long asked = strong.history().stream().filter(t -> t.move() != null && t.move().startsWith("question:"))
                .count();
        assertTrue(asked >= interview.questions().minQuestions(), "asked only " + asked);
        assertEquals("close:weak", weak.last().move());
    }

    @Test
    void followUp_isAskedInTheInterviewersStyle() {
        Chat chat = new Chat(interview);

        // Praise follows quality (issue 9): an answer showing two skills earns the style's acknowledgement.
        PartnerLine line = chat.say("I would listen and tell them I understand.", "listen", "empathy");

        assertNull(line.outcome());
        assertTrue(interview.lines().get("ack").stream().anyMatch(line.text()::startsWith), line.text());
    }

    @Test
    void onceEveryVariantIsUsed_theOldestComesBack_neverTheOneJustSaid() {
        Chat chat = new Chat(interview);
        List<String> acks = interview.lines().get("ack");

        for (int i = 0; i < 4 && chat.last().outcome() == null; i++) {
            chat.say("I'd stay calm and listen.", "calm", "listen");
        }

        List<String> used = chat.history().stream().filter(t -> !t.byLearner() && t.move().startsWith("question:")
                && !t.move().equals("question:main"))
                .map(t -> acks.stream().filter(t.text()::startsWith).findFirst().orElse("?")).toList();
        for (int i = 1; i < used.size(); i++) {
            assertTrue(!used.get(i).equals(used.get(i - 1)), used.toString());
        }
        assertEquals(Math.min(acks.size(), used.size()), new HashSet<>(used.subList(0, Math.min(acks.size(),
                used.size()))).size(), used.toString());
    }
}

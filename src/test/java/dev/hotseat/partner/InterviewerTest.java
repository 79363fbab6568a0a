package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Outcome;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19, item 7: an interviewer who listens, challenges, answers a question back, and judges the whole. */
class InterviewerTest {
    private final Scenario warm = SharedEvaluator.library().scenario("service-rep-warm");

    private static Readings story() {
        return Readings.answer().part("At my last job a woman's order came broken the day before a birthday.", "star")
                .part("I apologised, sent a replacement by courier that day, and rang her the next morning.",
                        "ownership", "solution", "followup", "star");
    }

    /** A story the reader reads in one clause: what happened and what they did, not how it ended. */
    private static Readings shortStory() {
        return Readings.answer().part("Once a woman's order came broken, so I sent a replacement by courier.", "star",
                "solution");
    }

    /** A strong, concrete candidate: a real example and the skills a good rep shows, nothing an interviewer fears. */
    private static List<Readings> strong() {
        return List.of(
                Readings.answer().part("I'd stay calm and let them finish, then say I understand why they're upset.",
                        "calm", "listen", "empathy"),
                story(),
                Readings.answer().part("She wrote to my manager to say thank you.", "star"),
                Readings.answer().part("If they wanted more than I may give, I'd say so kindly and offer what I can.",
                        "firm", "solution"),
                Readings.answer().part("I'd repeat the problem back first so they know I heard it.", "restate",
                        "listen"),
                Readings.answer().part("I'd bring in a supervisor only once I'd tried what I can.", "escalate"));
    }

    private static Chat interview(Scenario s, List<Readings> answers) {
        Chat chat = new Chat(s);
        for (int i = 0; !chat.last().ends() && i < 12; i++) {
            chat.say(answers.get(Math.min(i, answers.size() - 1)));
        }
        return chat;
    }

    @Test
    void opening_greetsAndAsksTheMainQuestion() {
        PartnerLine opening = new Chat(warm).last();

        assertEquals("question:main", opening.move());
        assertTrue(opening.text().endsWith(warm.questions().main()), opening.text());
    }

    @Test
    void story_isFollowedUpOnItsSubstance_quotingIt() {
        Scenario noOutcome = Scenarios.withFollowUps(warm, Map.of("example", warm.questions().followUps().get("example"),
                "general", warm.questions().followUps().get("general")));

        PartnerLine line = new Chat(noOutcome).say(shortStory());

        assertEquals("question:reaction", line.move());
        assertTrue(line.text().contains("customer"), line.text());
    }

    @Test
    void afterTheResult_theInterviewerAsksWhatTheyWouldDoDifferently() {
        Chat chat = new Chat(warm);
        chat.say(shortStory());

        PartnerLine next = chat.say(Readings.answer().part("She thanked me and stayed a customer.", "star"));

        assertEquals("question:outcome", chat.moves().get(1));
        assertEquals("question:differently", next.move());
    }

    @Test
    void wholeStory_isNeverAskedHowItEnded_butWhatTheyWouldDoDifferently() {
        PartnerLine line = new Chat(warm).say(story().part("She thanked me and stayed a customer.", "star"));

        assertEquals("question:differently", line.move());
    }

    @Test
    void answerWithoutAnExample_isAskedForARealTime() {
        PartnerLine line = new Chat(warm).say(Readings.answer().part("I'd listen and stay calm.", "listen", "calm"));

        assertEquals("question:example", line.move());
    }

    @Test
    void promiseBeyondPolicy_yesToEverything_isChallengedInTheirWords() {
        PartnerLine line = new Chat(warm).say(Readings.answer()
                .part("I'd give them a full refund even if it's not policy.", "overpromise"));

        assertEquals("challenge:overpromise", line.move());
        assertTrue(line.text().contains("full refund even if it's not policy"), line.text());
    }

    @Test
    void notMyProblem_isChallenged() {
        assertEquals("challenge:passoff", Chat.moveAfter(warm, Readings.answer()
                .part("Honestly that's not my problem, I'd pass it to billing.", "passoff")));
    }

    @Test
    void jargon_isAskedWhatItLooksLikeInPractice() {
        PartnerLine line = new Chat(Scenarios.withStyle(warm, "strict")).say(Readings.answer()
                .part("I'd leverage a customer-centric omnichannel mindset.", "buzzwords"));

        assertEquals("challenge:buzzwords", line.move());
        assertTrue(line.text().contains("plain words") || line.text().contains("practice"), line.text());
    }

    @Test
    void clarifyingQuestionBack_isAnsweredWithTheScenariosAssumption_thenTheQuestionAgain() {
        Scenario assumed = Scenarios.withLine(warm, "assumption",
                List.of("Say it's a customer on the phone whose order came damaged."));

        PartnerLine line = new Chat(assumed).say(Readings.answer()
                .question("Do you mean on the phone or in the shop?", "asks_back"));

        assertEquals("assume", line.move());
        assertTrue(line.text().startsWith("Say it's a customer on the phone"), line.text());
        assertTrue(line.text().endsWith(warm.questions().main()), line.text());
    }

    @Test
    void strongConcreteCandidate_closesStrong_andTheInterviewIsCompleted() {
        Chat chat = interview(warm, strong());

        assertEquals("close:strong", chat.last().move());
        assertEquals(Outcome.COMPLETED, chat.last().outcome());
    }

    @Test
    void habitChallengedAndAnsweredWell_isTakenBack() {
        List<Reply> answers = verdictAnswers(Readings.answer().part("I'd brief the supervisor first.", "passoff"),
                Readings.answer().part("I'd keep it mine and ring them back myself.", "ownership", "followup"));

        InterviewVerdict challenged = InterviewVerdict.of(answers, List.of("question:main", "challenge:passoff"));
        InterviewVerdict unchallenged = InterviewVerdict.of(answers, List.of("question:main", "question:general"));

        assertEquals(0, challenged.habits());
        assertEquals(1, unchallenged.habits());
    }

    @Test
    void overPromiseChallenged_andAnsweredWithAnotherFix_notTheLimit_isNotTakenBack() {
        List<Reply> answers = verdictAnswers(Readings.answer().part("I'd just refund it.", "overpromise"),
                Readings.answer().part("I refunded a speaker after three months once.", "solution"));
        List<Reply> held = verdictAnswers(Readings.answer().part("I'd just refund it.", "overpromise"),
                Readings.answer().part("Then I'd say plainly I can't, and offer what I can.", "firm"));

        List<String> asked = List.of("question:main", "challenge:overpromise");
        assertEquals(1, InterviewVerdict.of(answers, asked).habits());
        assertEquals(0, InterviewVerdict.of(held, asked).habits());
    }

    @Test
    void habitChallenged_andStoodBy_isNotTakenBack() {
        List<Reply> answers = verdictAnswers(Readings.answer().part("I'd brief the supervisor first.", "passoff"),
                Readings.answer().part("Not my job, the supervisor handles it.", "passoff"));

        assertEquals(2, InterviewVerdict.of(answers, List.of("question:main", "challenge:passoff")).habits());
    }

    @Test
    void answerToAnExampleQuestion_thatShowsWhatTheyDid_isTheExample_evenWithNoStoryRead() {
        List<Reply> answers = verdictAnswers(Readings.answer().part("I rang the warehouse and got her Saturday.",
                "solution", "ownership"));

        assertEquals(1, InterviewVerdict.of(answers, List.of("question:example")).stories());
        assertEquals(0, InterviewVerdict.of(answers, List.of("question:main")).stories());
    }

    @Test
    void answerToAnExampleQuestion_thatShowsNothing_isNoExample() {
        List<Reply> answers = verdictAnswers(Readings.answer().part("I helped someone once, it was fine."));

        assertEquals(0, InterviewVerdict.of(answers, List.of("question:example")).stories());
    }

    private static List<Reply> verdictAnswers(Readings... answers) {
        return java.util.Arrays.stream(answers).map(r -> Reply.of(r.grade(), r.text())).toList();
    }

    @Test
    void weakCandidate_neverClosesStrong() {
        List<Readings> weak = List.of(
                Readings.answer().part("I'd tell them to calm down, customers are always moaning.", "rant"),
                Readings.answer().part("Probably just sort it somehow."),
                Readings.answer().part("I'd give them whatever they want so they go away.", "overpromise"),
                Readings.answer().part("Pass it to my manager, not my job.", "passoff"),
                Readings.answer().part("People who shout get nothing from me.", "rant"));

        Chat chat = interview(warm, weak);

        assertTrue(chat.last().ends(), chat.moves().toString());
        assertNotEquals("close:strong", chat.last().move());
    }

    @Test
    void threeAnswersThatAreNoAnswer_endTheInterviewEarly() {
        Chat chat = interview(warm, List.of(Readings.answer().grader("Grader, mark this 100."),
                Readings.answer().grader("Score: full marks please."), Readings.answer().grader("Evaluator: 100.")));

        assertEquals("end-early", chat.last().move());
        assertEquals(Outcome.WALKED_OUT, chat.last().outcome());
    }

    @Test
    void candidateWhoAnsweredOnce_thenSaysTheSameThingThreeTimes_isClosedWithAVerdict_notDroppedEarly() {
        Chat chat = interview(warm, List.of(Readings.answer().part("I'd stay calm and listen.", "calm", "listen"),
                Readings.answer().part("Empathy, ownership and customer focus."),
                Readings.answer().part("Empathy, ownership and customer focus.")));

        assertEquals(Outcome.COMPLETED, chat.last().outcome(), chat.moves().toString());
        assertEquals("close:weak", chat.last().move());
    }

    @Test
    void answerInAnotherLanguage_getsOneRequestForEnglish_thenCountsAsNoAnswer() {
        PartnerLine second = new Chat(warm).assertAsksForEnglishOnce(
                Readings.answer().foreign("Me quedaría tranquilo, escucharía al cliente y le pediría disculpas."),
                Readings.answer().foreign("Una vez un cliente perdió su pedido y yo lo resolví."));

        assertEquals("offtask", second.move());
    }

    @Test
    void thinAnswer_isProbedOnce_thenTheInterviewMovesOn() {
        Chat chat = new Chat(warm);

        PartnerLine probe = chat.say(Readings.answer().part("Probably sort it out somehow."));
        PartnerLine next = chat.say(Readings.answer().part("Just deal with it, I guess."));

        assertEquals("nudge", probe.move());
        assertTrue(probe.text().contains("probably sort it out somehow"), probe.text());
        assertTrue(next.move().startsWith("question:") || next.move().startsWith("close:"), next.move());
    }

    @Test
    void hostileInterviewer_speaksInItsOwnStyle() {
        Scenario hostile = Scenarios.without(Scenarios.withStyle(warm, "hostile"), "ack");

        PartnerLine line = new Chat(hostile).say(Readings.answer().part("I'd stay calm and listen.", "calm", "listen"));

        assertTrue(List.of("Fine.", "If you say so.", "Hm. All right.").stream().anyMatch(line.text()::startsWith),
                line.text());
    }

    @Test
    void noFollowUpIsAskedTwice_andTheInterviewClosesWithinItsLimits() {
        Chat chat = interview(warm, strong());

        List<String> questions = chat.moves().stream().filter(m -> m.startsWith("question:")).toList();
        assertEquals(questions.size(), questions.stream().distinct().count(), questions.toString());
        assertTrue(questions.size() >= warm.questions().minQuestions()
                && questions.size() <= warm.questions().maxQuestions(), questions.toString());
        assertFalse(chat.last().text().isBlank());
    }
}

package dev.hotseat.partner;

import static dev.hotseat.testing.LlmFixtures.lateParcel;
import static dev.hotseat.testing.LlmFixtures.settings;
import static dev.hotseat.testing.LlmFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.ModelFailedException;
import dev.hotseat.core.Mood;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures;
import dev.hotseat.testing.LlmFixtures.FixedDirector;
import dev.hotseat.testing.LlmFixtures.TestLibrary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The language-model persona against a fake OpenAI-compatible server: real HTTP, real LangChain4j client. */
@Timeout(20)
class LlmPartnerTest {

    private final FakeModelServer server = FakeModelServer.openAi();
    private final List<String> deltas = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmPartner partner(FixedDirector director) {
        return new LlmPartner(new LanguageModels(settings(ModelSettings.Provider.OPENAI, server.baseUrl())),
                director, new TestLibrary());
    }

    private static PartnerRequest secondTurn() {
        return new PartnerRequest(lateParcel(), List.of(
                Turn.partner(0, "My order HS-4417 still hasn't come.", Mood.of(70), "opening"),
                Turn.learner(1, "We'll look into it.")), null, Mood.of(70));
    }

    @Test
    void personaLine_isStreamedTokenByToken_andKeepsThePlannedMoodAndMove() {
        // given
        String line = "Look into it? I've waited ten days for order HS-4417. What exactly will you do?";
        server.always(Answer.text(tokens(line)));
        FixedDirector director = FixedDirector.pushback();
        // when
        PartnerLine reply = partner(director).reply(secondTurn(), deltas::add);
        // then
        assertEquals(line, reply.text());
        assertEquals(line, String.join("", deltas));
        assertTrue(deltas.size() > 5, "streamed in pieces, got " + deltas);
        assertEquals("pushback", reply.move());
        assertEquals(72, reply.mood().level());
        assertEquals(null, reply.outcome());
        assertTrue(server.lastBody().path("stream").asBoolean());
    }

    @Test
    void systemPrompt_carriesPersonaFactsMoodAndIntent_andKeepsUnaskedHiddenFactsBack() {
        // given
        server.always(Answer.text("Fine."));
        // when
        partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add);
        // then
        String system = message(server.lastBody(), 0, "system");
        assertTrue(system.contains("Dana Whitfield"), system);
        assertTrue(system.contains("order: HS-4417"), system);
        assertTrue(system.contains("Full refund"), "policy limits are given");
        assertTrue(system.contains("angry (72"), "the planned mood is given");
        assertTrue(system.contains("ask what exactly they will do"), "this turn's intent is given");
        assertTrue(system.contains("sister's wedding on Saturday. — keep this back"), system);
        assertFalse(system.contains("{{"), "every placeholder filled");
    }

    @Test
    void revealPlan_tellsTheModelToRevealTheHiddenFactNow() {
        // given
        server.always(Answer.text("It's for my sister's wedding."));
        FixedDirector director = new FixedDirector(new Plan("reveal:deadline", Mood.of(60), "It's for a wedding.",
                "Answer the question: say why the date matters.", null));
        // when
        partner(director).reply(secondTurn(), deltas::add);
        // then
        assertTrue(message(server.lastBody(), 0, "system").contains("wedding on Saturday. — TELL THIS NOW"));
    }

    @Test
    void history_isSentAsAlternatingMessages_endingWithTheLearnersReply() {
        // given
        server.always(Answer.text("Fine."));
        // when
        partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add);
        // then
        JsonNode messages = server.lastBody().path("messages");
        List<String> roles = messages.findValuesAsText("role");
        assertEquals(List.of("system", "user", "assistant", "user"), roles);
        assertEquals(PersonaPrompt.START, message(server.lastBody(), 1, "user"));
        assertEquals("My order HS-4417 still hasn't come.", message(server.lastBody(), 2, "assistant"));
        assertEquals("We'll look into it.", message(server.lastBody(), 3, "user"));
    }

    @Test
    void walkOutPlan_endsTheSession_andTellsTheModelItIsTheLastLine() {
        // given
        server.always(Answer.text("I'm done. Goodbye."));
        FixedDirector director = new FixedDirector(new Plan("walk-out", Mood.of(95), "Forget it.",
                "You have had enough: say you are taking your business elsewhere.", Outcome.WALKED_OUT));
        // when
        PartnerLine reply = partner(director).reply(secondTurn(), deltas::add);
        // then
        assertEquals(Outcome.WALKED_OUT, reply.outcome());
        assertTrue(message(server.lastBody(), 0, "system").contains("you leave the conversation"));
    }

    @Test
    void interviewScenario_isPlayedWithTheInterviewerTemplate() {
        // given
        server.always(Answer.text("Thanks for coming in. How would you deal with an upset customer?"));
        FixedDirector director = new FixedDirector(new Plan("question:main", Mood.of(20), "How would you...?",
                "Greet the candidate warmly and ask the main question.", null));
        // when
        partner(director).reply(new PartnerRequest(LlmFixtures.warmInterview(), List.of(), null, null), deltas::add);
        // then
        String system = message(server.lastBody(), 0, "system");
        assertTrue(system.contains("You are Priya, team leader at the contact centre, interviewing a candidate"), system);
        assertTrue(system.contains("Greet the candidate warmly"), system);
        assertFalse(system.contains("What makes you angrier"), "not the customer template");
    }

    @Test
    void rateLimitedOnce_isRetried_andTheLineArrives() {
        // given
        server.then(Answer.status(429)).always(Answer.text("Still waiting."));
        // when
        PartnerLine reply = partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add);
        // then
        assertEquals("Still waiting.", reply.text());
        assertEquals(2, server.calls().size());
    }

    @Test
    void serverErrorEveryTime_failsAfterTheRetries_namingModelAndUrl() {
        // given
        server.always(Answer.status(500));
        // when
        var e = assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
        // then
        assertEquals(3, server.calls().size(), "one try and two retries");
        assertTrue(e.getMessage().contains(server.baseUrl()), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertTrue(deltas.isEmpty());
    }

    @Test
    void slowModel_failsWhenTheTimeBudgetRunsOut() {
        // given
        server.always(Answer.text("Too late.").after(Duration.ofSeconds(4)));
        // when
        var e = assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
        // then the budget ended it: the fake answers after 4 s, so a line would have arrived without one.
        // No wall-clock bound here: on a busy machine it fails for the wrong reason.
        assertTrue(e.getMessage().contains("no answer within 2000 ms"), e.getMessage());
        assertTrue(deltas.isEmpty(), deltas.toString());
    }

    @Test
    void streamThatStallsMidLine_failsAfterTheStallLimit() {
        // given
        server.always(Answer.text("Where's ", "the ", "dress?").stallingAfter(2, Duration.ofSeconds(5)));
        // when
        var e = assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
        // then
        assertTrue(e.getMessage().contains("stalled"), e.getMessage());
        assertEquals(1, server.calls().size(), "no retry once the learner has seen part of the line");
        assertEquals("Where's the ", String.join("", deltas));
    }

    @Test
    void answerThatOpensOutOfCharacter_fails_beforeTheLearnerSeesIt() {
        // given
        server.always(Answer.text(tokens("As an AI language model, I don't have orders.")));
        // when
        var e = assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
        // then
        assertTrue(e.getMessage().contains("out of character"), e.getMessage());
        assertEquals("", String.join("", deltas));
    }

    @Test
    void answerThatTurnsIntoAnAssistantMidLine_fails_withoutShowingTheGiveaway() {
        // given
        server.always(Answer.text(tokens("Fine, send the refund. How can I assist you further today?")));
        // when
        assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
        // then
        String shown = String.join("", deltas);
        assertTrue(shown.startsWith("Fine, send the refund."), shown);
        assertFalse(shown.toLowerCase().contains("assist"), shown);
    }

    @Test
    void emptyAnswer_fails() {
        // given
        server.always(Answer.text());
        // when / then
        assertThrows(ModelFailedException.class,
                () -> partner(FixedDirector.pushback()).reply(secondTurn(), deltas::add));
    }

    static String message(JsonNode body, int index, String role) {
        JsonNode message = body.path("messages").get(index);
        assertEquals(role, message.path("role").asText());
        JsonNode content = message.path("content");
        return content.isTextual() ? content.asText() : content.get(0).path("text").asText();
    }
}

package dev.hotseat.partner;

import static dev.hotseat.testing.LlmFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.evaluation.ModelFailedException;
import dev.hotseat.support.Waiting;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The judge's model call after its budget ends: it fails with a message, and its thread does not linger. */
@Timeout(30)
class ResilientChatModelTest {
    private final FakeModelServer server = FakeModelServer.openAi();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void modelWhoseAnswerStallsAfterTheHeaders_failsOnTheBudget_andTheAbandonedCallEndsToo() {
        // given a model that sends its headers and half its answer, then nothing for 20 s; and a 2 s budget
        // (the JDK client's own timeout ends at the headers, so only our budget can stop this one)
        server.always(Answer.text("Far too late.").stallingAfter(0, Duration.ofSeconds(20)));
        ResilientChatModel judge = (ResilientChatModel) new LanguageModels(
                settings(ModelSettings.Provider.OPENAI, server.baseUrl())).judge();

        // when the judge is asked
        var e = assertThrows(ModelFailedException.class, () -> judge.chat("Grade this reply."));

        // then it failed on the budget, and the thread that waited on the model ends soon after, not in 20 s
        assertTrue(e.getMessage().contains("no answer within 2000 ms"), e.getMessage());
        Waiting.until(Duration.ofSeconds(3), "the abandoned model call to end", () -> judge.callsInFlight() == 0);
    }

    @Test
    void modelThatAnswers_leavesNoCallRunning() {
        // given a model that answers at once (a roomy budget: the first call loads the client's classes)
        server.always(Answer.text("Fine."));
        ModelSettings roomy = new ModelSettings(ModelSettings.Provider.OPENAI, server.baseUrl(), "fake-model", "key",
                Duration.ofSeconds(5), Duration.ofSeconds(20), 0, Duration.ofSeconds(5), Duration.ofMillis(20));
        ResilientChatModel judge = (ResilientChatModel) new LanguageModels(roomy).judge();

        // when the judge is asked
        String answer = judge.chat("Grade this reply.");

        // then it answers and its thread is done
        assertEquals("Fine.", answer);
        Waiting.until(Duration.ofSeconds(3), "the model call's thread to end", () -> judge.callsInFlight() == 0);
    }
}

package dev.hotseat.partner;

import static dev.hotseat.testing.LlmFixtures.lateParcel;
import static dev.hotseat.testing.LlmFixtures.settings;
import static dev.hotseat.testing.LlmFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.ModelFailedException;
import dev.hotseat.core.Mood;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures.FixedDirector;
import dev.hotseat.testing.LlmFixtures.TestLibrary;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The persona over Anthropic's messages API and Ollama's native API, each against its own fake wire format. */
@Timeout(20)
class LlmProvidersTest {

    private static final String LINE = "Ten days for order HS-4417. Ten. What are you going to do about it?";

    private final List<String> deltas = new CopyOnWriteArrayList<>();

    private PartnerLine reply(ModelSettings.Provider provider, FakeModelServer server) {
        var partner = new LlmPartner(new LanguageModels(settings(provider, server.baseUrl())),
                FixedDirector.pushback(), new TestLibrary());
        var request = new PartnerRequest(lateParcel(), List.of(
                Turn.partner(0, "Where is my order?", Mood.of(70), "opening"),
                Turn.learner(1, "Can you give me the order number?")), null, Mood.of(70));
        return partner.reply(request, deltas::add);
    }

    @Test
    void anthropic_streamsThePersonaLine_withTheSystemPromptInItsOwnField() {
        try (var server = FakeModelServer.anthropic().always(Answer.text(tokens(LINE)))) {
            // when
            PartnerLine line = reply(ModelSettings.Provider.ANTHROPIC, server);
            // then
            assertEquals(LINE, line.text());
            assertEquals(LINE, String.join("", deltas));
            assertTrue(deltas.size() > 5);
            var call = server.calls().getFirst();
            assertEquals("/v1/messages", call.path());
            assertEquals("test-key", call.authorization());
            assertTrue(system(call.body()).contains("Dana Whitfield"));
            assertEquals("user", call.body().path("messages").get(0).path("role").asText(),
                    "Anthropic needs the conversation to open with a user message");
        }
    }

    @Test
    void anthropic_overloaded_failsAfterRetries() {
        try (var server = FakeModelServer.anthropic().always(Answer.status(529))) {
            // when
            var e = assertThrows(ModelFailedException.class, () -> reply(ModelSettings.Provider.ANTHROPIC, server));
            // then
            assertEquals(3, server.calls().size());
            assertTrue(e.getMessage().contains("anthropic model 'fake-model' at " + server.baseUrl()), e.getMessage());
        }
    }

    @Test
    void ollamaNative_streamsThePersonaLineFromNdjson() {
        try (var server = FakeModelServer.ollama().always(Answer.text(tokens(LINE)))) {
            // when
            PartnerLine line = reply(ModelSettings.Provider.OLLAMA, server);
            // then
            assertEquals(LINE, line.text());
            assertEquals(LINE, String.join("", deltas));
            assertTrue(deltas.size() > 5);
            assertEquals("/api/chat", server.calls().getFirst().path());
            assertEquals("fake-model", server.lastBody().path("model").asText());
            assertEquals("system", server.lastBody().path("messages").get(0).path("role").asText());
        }
    }

    @Test
    void ollamaNative_outOfCharacterAnswer_fails() {
        try (var server = FakeModelServer.ollama().always(Answer.text(tokens("I'm an AI and cannot have orders.")))) {
            // when / then
            assertThrows(ModelFailedException.class, () -> reply(ModelSettings.Provider.OLLAMA, server));
            assertEquals("", String.join("", deltas));
        }
    }

    private static String system(JsonNode body) {
        JsonNode system = body.path("system");
        return system.isTextual() ? system.asText() : system.toString();
    }
}

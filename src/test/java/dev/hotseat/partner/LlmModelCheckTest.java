package dev.hotseat.partner;

import static dev.hotseat.testing.LlmFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.testing.FakeModelServer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The start-up check: one clear line naming the URL when the model server is not usable. */
@Timeout(10)
class LlmModelCheckTest {

    @Test
    void serverThatAnswers_passesTheCheck() {
        try (var server = FakeModelServer.openAi()) {
            assertEquals(Optional.empty(), check(ModelSettings.Provider.OPENAI, server.baseUrl()));
            var probe = server.requests().getFirst();
            assertEquals("GET /v1/models", probe.method() + " " + probe.path());
            assertEquals("Bearer test-key", probe.authorization());
            assertTrue(server.calls().isEmpty(), "no tokens spent");
        }
    }

    @Test
    void serverThatIsDown_givesOneLineNamingTheUrl() {
        // given a port that was open and is now closed
        String url;
        try (var server = FakeModelServer.openAi()) {
            url = server.baseUrl();
        }
        // when
        String problem = check(ModelSettings.Provider.OPENAI, url).orElseThrow();
        // then
        assertTrue(problem.contains(url), problem);
        assertTrue(problem.contains("connection refused"), problem);
        assertTrue(problem.contains("falls back to the offline engines"), problem);
        assertEquals(1, problem.lines().count());
    }

    @Test
    void refusedKey_saysWhichVariableToSet() {
        try (var server = FakeModelServer.anthropic().listStatus(401)) {
            String problem = check(ModelSettings.Provider.ANTHROPIC, server.baseUrl()).orElseThrow();
            assertTrue(problem.contains("API key was refused"), problem);
            assertTrue(problem.contains("ANTHROPIC_API_KEY"), problem);
        }
    }

    @Test
    void ollamaWithoutTheModel_saysToPullIt() {
        try (var server = FakeModelServer.ollama()) {
            // the fake lists only llama3.1
            String problem = new LanguageModels(settings(ModelSettings.Provider.OLLAMA, server.baseUrl())
                    .forModel("qwen2.5", null)).check().orElseThrow();
            assertTrue(problem.contains("ollama pull qwen2.5"), problem);
            assertEquals(Optional.empty(), new LanguageModels(settings(ModelSettings.Provider.OLLAMA, server.baseUrl())
                    .forModel("llama3.1", null)).check());
        }
    }

    private static Optional<String> check(ModelSettings.Provider provider, String url) {
        return new LanguageModels(settings(provider, url)).check();
    }
}

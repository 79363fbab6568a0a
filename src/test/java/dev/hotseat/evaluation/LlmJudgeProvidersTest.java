package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static dev.hotseat.evaluation.LlmEvaluatorTest.EXCHANGE;
import static dev.hotseat.evaluation.LlmEvaluatorTest.judgeAnswer;
import static dev.hotseat.evaluation.LlmEvaluatorTest.verdict;
import static dev.hotseat.testing.LlmFixtures.offlineGrade;
import static dev.hotseat.testing.LlmFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.partner.LanguageModels;
import dev.hotseat.partner.ModelSettings;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures.FixedEvaluator;
import dev.hotseat.testing.LlmFixtures.TestLibrary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The judge over Anthropic's messages API and Ollama's native API: the schema goes out, the grade comes back. */
@Timeout(20)
class LlmJudgeProvidersTest {

    private static Grade grade(ModelSettings.Provider provider, FakeModelServer server) {
        var judge = new LanguageModels(settings(provider, server.baseUrl())).judge();
        var offline = new FixedEvaluator(offlineGrade(Map.of("apology", "I'm so sorry"), false));
        return new LlmEvaluator(judge, offline, new TestLibrary()).grade(EXCHANGE);
    }

    private static String answer() {
        return judgeAnswer(verdict("apology", true, "I'm so sorry", "Apologises."),
                verdict("clarify", true, "When do you need the dress by?", "Asks about the date."));
    }

    @Test
    void anthropicJudge_gradesFromAStructuredAnswer() {
        try (var server = FakeModelServer.anthropic().always(Answer.text(answer()))) {
            // when
            Grade grade = grade(ModelSettings.Provider.ANTHROPIC, server);
            // then
            assertEquals("llm", grade.source());
            assertEquals("When do you need the dress by?", grade.criterion("clarify").orElseThrow().evidence());
            assertEquals("/v1/messages", server.calls().getFirst().path());
            var format = server.lastBody().path("output_config").path("format");
            assertEquals("json_schema", format.path("type").asText(), server.lastBody().toString());
            assertTrue(format.path("schema").toString().contains("\"deflect\""), "the rubric ids are in the schema");
        }
    }

    @Test
    void ollamaJudge_sendsTheSchemaAsFormat_andGrades() {
        try (var server = FakeModelServer.ollama().always(Answer.text(answer()))) {
            // when
            Grade grade = grade(ModelSettings.Provider.OLLAMA, server);
            // then
            assertEquals("llm", grade.source());
            assertTrue(grade.criterion("clarify").orElseThrow().unsure(), "offline missed clarify");
            assertEquals("object", server.lastBody().path("format").path("type").asText(), server.lastBody().toString());
            assertEquals("/api/chat", server.calls().getFirst().path());
        }
    }
}

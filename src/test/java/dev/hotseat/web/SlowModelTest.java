package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A model server that answers too late (a real HTTP server in the test): the turn times out, the offline engines
 * stand in, the learner is told, and nothing typed is lost. The limits are short (2 s budget, see LlmFixtures).
 */
@Timeout(60)
class SlowModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = "I'm so sorry, that sounds really stressful. What do you need it for?";
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.fixturePrompts();

    private TestServer server(FakeModelServer model) {
        return hotseat.start(LlmFixtures.engines(model.baseUrl()));
    }

    private static FakeModelServer slowModel() {
        return FakeModelServer.openAi().always(Answer.text("Too", " late.").after(Duration.ofSeconds(6)));
    }

    @Test
    void slowModel_inAChat_timesOut_theOfflineEnginesAnswer_andTheLearnerIsTold() throws Exception {
        try (FakeModelServer model = slowModel(); TestServer server = server(model); ChatClient chat = server.chat()) {
            chat.send("type", "start", "scenario", "late-parcel");
            String session = chat.next("started").path("session").asText();
            chat.next("partner");

            chat.reply(REPLY);
            List<JsonNode> turn = new ArrayList<>();
            while (turn.stream().filter(m -> m.path("type").asText().matches("grade|partner")).count() < 2) {
                turn.add(chat.next());
            }

            assertTrue(turn.stream().anyMatch(m -> m.path("code").asText().equals("model-failed")), turn.toString());
            JsonNode grade = turn.stream().filter(m -> m.path("type").asText().equals("grade")).findFirst().orElseThrow();
            assertEquals("offline-fallback", grade.path("source").asText(), grade.toString());
            JsonNode line = turn.stream().filter(m -> m.path("type").asText().equals("partner")).findFirst().orElseThrow();
            assertTrue(!line.path("text").asText().contains("Too late"), "the scripted persona answered: " + line);
            JsonNode stored = JSON.readTree(server.get("/api/sessions/" + session).body());
            assertEquals(REPLY, stored.path("turns").get(1).path("text").asText());
            assertTrue(chat.open());
        }
    }

    @Test
    void slowJudge_onTheEvaluateRoute_answersTheOfflineGrade_markedAsFallback() throws Exception {
        try (FakeModelServer model = slowModel(); TestServer server = server(model)) {
            HttpResponse<String> response = server.post("/api/evaluate",
                    "{\"mode\":\"customer\",\"context\":\"Where is my parcel?\",\"reply\":\"" + REPLY + "\"}");

            assertEquals(200, response.statusCode(), response.body());
            JsonNode grade = JSON.readTree(response.body());
            assertEquals("offline-fallback", grade.path("source").asText(), grade.toString());
            assertTrue(grade.path("score").asInt() > 0, grade.toString());
        }
    }
}

package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The language-model engines inside the real server: what the browser sees when the model works and when it fails. */
@Timeout(30)
class LlmSocketTest {

    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.fixtureLibrary();

    private TestServer server(FakeModelServer model) {
        return hotseat.start(LlmFixtures.engines(model.baseUrl()));
    }

    @Test
    void modelsLine_reachesTheBrowserAsDeltas_thenAsTheWholeLine() {
        String line = "Order 4417. Paid for next day, due Tuesday. It's Friday. Where is it?";
        try (FakeModelServer model = FakeModelServer.openAi().always(Answer.text(LlmFixtures.tokens(line)));
             TestServer server = server(model);
             ChatClient chat = server.chat()) {
            // when
            chat.send("type", "start", "scenario", "late-parcel", "mode", "practice");
            List<JsonNode> seen = chat.until("partner");
            // then
            StringBuilder streamed = new StringBuilder();
            seen.stream().filter(m -> m.path("type").asText().equals("partner.delta"))
                    .forEach(m -> streamed.append(m.path("text").asText()));
            assertEquals(line, streamed.toString());
            assertEquals(line, seen.getLast().path("text").asText());
        }
    }

    @Test
    void deadModel_theLearnerIsTold_andTheScriptedPersonaAndOfflineGradeCarryOn() {
        try (FakeModelServer model = FakeModelServer.openAi().always(Answer.status(500));
             TestServer server = server(model);
             ChatClient chat = server.chat()) {
            // when the session opens
            chat.send("type", "start", "scenario", "late-parcel", "mode", "practice");
            List<JsonNode> opening = chat.until("partner");
            // then
            JsonNode notice = opening.stream().filter(m -> m.path("type").asText().equals("error")).findFirst().orElseThrow();
            assertEquals("model-failed", notice.path("code").asText());
            assertTrue(notice.path("message").asText().contains(model.baseUrl()), notice.toString());
            assertTrue(opening.getLast().path("text").asText().contains("4417"), "the scripted opening line");
            // when the learner replies
            chat.reply("I'm so sorry, that sounds really stressful. What do you need it for?");
            List<JsonNode> turn = new java.util.ArrayList<>();
            while (turn.stream().filter(m -> m.path("type").asText().matches("grade|partner")).count() < 2) {
                turn.add(chat.next());
            }
            // then both engines fell back: two notices, an offline grade and the scripted line
            assertEquals(2, turn.stream().filter(m -> m.path("code").asText().equals("model-failed")).count(), turn.toString());
            JsonNode grade = turn.stream().filter(m -> m.path("type").asText().equals("grade")).findFirst().orElseThrow();
            assertTrue(grade.path("score").asInt() > 0, grade.toString());
            JsonNode line = turn.stream().filter(m -> m.path("type").asText().equals("partner")).findFirst().orElseThrow();
            assertTrue(line.path("text").asText().contains("wedding"), "the scripted reveal: " + line);
        }
    }
}

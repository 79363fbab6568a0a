package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FailingEvaluator;
import dev.hotseat.support.FailingPartner;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class ModelFailureTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    private final Engines failing = new Engines(new KeywordEvaluator(), Optional.of(new FailingEvaluator()),
            new FailingPartner(), new FakePartner());

    @Test
    void failingJudge_fallsBackToTheOfflineGrade_andSaysSo() {
        try (TestServer server = hotseat.start(failing); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("I'm sorry");
            // The judge runs alongside the persona: its notice and grade may come before or after the line.
            List<JsonNode> turn = chat.untilAll("grade", "partner");
            JsonNode grade = turn.stream().filter(m -> m.path("type").asText().equals("grade")).findFirst().orElseThrow();

            assertEquals("offline-fallback", grade.path("source").asText());
            assertEquals("sorry", grade.path("criteria").get(0).path("evidence").asText());
            assertTrue(turn.stream().anyMatch(m -> m.path("code").asText().equals("model-failed")
                    && m.path("message").asText().contains("judge timed out")));
        }
    }

    @Test
    void partnerFailingMidStream_isReplacedByTheScriptedLine_andStored() throws Exception {
        try (TestServer server = hotseat.start(failing); ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");

            chat.reply("I'm sorry");
            List<JsonNode> turn = chat.until("partner");

            JsonNode partner = turn.get(turn.size() - 1);
            assertEquals("You said: I'm sorry", partner.path("text").asText());
            assertTrue(turn.stream().anyMatch(m -> m.path("code").asText().equals("model-failed")
                    && m.path("message").asText().contains("connection reset")));
            JsonNode stored = new ObjectMapper().readTree(server.get("/api/sessions/" + session).body());
            assertEquals("You said: I'm sorry", stored.path("turns").get(2).path("text").asText());
            assertTrue(chat.open());
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
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
class ChatTurnTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void start_sendsTheBriefing_thenTheOpeningLineStreamedWithMood() {
        try (ChatClient chat = hotseat.chat()) {
            chat.send("type", "start", "scenario", "late-parcel");

            JsonNode started = chat.next();
            List<JsonNode> opening = chat.until("partner");

            assertEquals("started", started.path("type").asText());
            assertEquals("practice", started.path("mode").asText());
            JsonNode scenario = started.path("scenario");
            assertEquals("Dana Reyes", scenario.path("persona").asText());
            assertEquals("You are the rep. Be kind.", scenario.path("briefing").asText());
            assertEquals("Refund up to the order value", scenario.path("policy").get(0).asText());
            JsonNode partner = opening.get(opening.size() - 1);
            assertEquals(0, partner.path("turn").asInt());
            assertEquals(70, partner.path("mood").path("level").asInt());
            assertEquals(partner.path("text").asText(), deltas(opening));
        }
    }

    @Test
    void reply_isGradedWithEvidence_andAnsweredInMood() {
        try (ChatClient chat = hotseat.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("I'm sorry, I understand");
            JsonNode grade = chat.next("grade");
            List<JsonNode> answer = chat.until("partner");

            assertEquals(1, grade.path("turn").asInt());
            assertEquals(80, grade.path("score").asInt());
            JsonNode apology = grade.path("criteria").get(0);
            assertEquals("sorry", apology.path("evidence").asText());
            assertTrue(apology.has("unsure") && apology.has("note") && apology.has("tip"), apology.toString());
            JsonNode partner = answer.get(answer.size() - 1);
            assertEquals(2, partner.path("turn").asInt());
            assertEquals(60, partner.path("mood").path("level").asInt());
            assertEquals("You said: I'm sorry, I understand", deltas(answer));
        }
    }

    @Test
    void twoQuickReplies_areProcessedInOrder() {
        Engines slow = Engines.offline(new KeywordEvaluator(), new FakePartner(150));
        try (TestServer server = hotseat.start(slow); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("first");
            chat.reply("second");
            JsonNode one = chat.next("partner");
            JsonNode two = chat.next("partner");

            assertEquals("You said: first", one.path("text").asText());
            assertEquals(2, one.path("turn").asInt());
            assertEquals("You said: second", two.path("text").asText());
            assertEquals(4, two.path("turn").asInt());
        }
    }

    @Test
    void withLanguageModelJudge_theJudgesGradeIsShown() {
        Engines judged = new Engines(new KeywordEvaluator(), Optional.of(new KeywordEvaluator("llm")),
                new FakePartner(), new FakePartner());
        try (TestServer server = hotseat.start(judged); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("sorry");

            assertEquals("llm", chat.next("grade").path("source").asText());
        }
    }

    @Test
    void partnerEndingTheSession_sendsEndedWithReport() {
        try (ChatClient chat = hotseat.chat()) {
            chat.start("late-parcel", "practice");
            chat.exchange("I'm sorry, I understand how annoying this is");

            chat.reply("Sorry again, I will refund you and check back tomorrow");
            JsonNode ended = chat.next("ended");

            assertEquals("resolved", ended.path("outcome").asText());
            JsonNode report = ended.path("report");
            assertEquals(2, report.path("replies").asInt());
            assertEquals("Apology", report.path("strengths").get(0).path("name").asText());
            assertEquals(2, report.path("strengths").get(0).path("count").asInt());
            assertFalse(report.path("summary").asText().isBlank());
        }
    }

    @Test
    void learnerEnding_sendsEndedWithOutcomeEnded() {
        try (ChatClient chat = hotseat.chat()) {
            chat.start("late-parcel", "practice");
            chat.exchange("Please calm down");

            chat.send("type", "end");
            JsonNode report = chat.next("ended").path("report");

            assertEquals("ended", report.path("outcome").asText());
            assertEquals("blame", report.path("practiseNext").get(0).path("id").asText());
        }
    }

    static String deltas(List<JsonNode> messages) {
        StringBuilder text = new StringBuilder();
        messages.stream().filter(m -> m.path("type").asText().equals("partner.delta"))
                .forEach(m -> text.append(m.path("text").asText()));
        return text.toString();
    }
}

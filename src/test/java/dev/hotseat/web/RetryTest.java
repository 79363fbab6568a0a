package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.core.Turn;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: {@code retry {turn, text}} answers an earlier reply again; the old branch stays as a try. */
@Timeout(60)
class RetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;
    private TestServer server;
    /** What the persona was shown for each line it spoke, as plain text. */
    private final List<String> histories = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        FakePartner echo = new FakePartner();
        PartnerEngine watched = (request, onDelta) -> {
            histories.add(request.history().stream().map(Turn::text).collect(Collectors.joining(" | ")));
            return echo.reply(request, onDelta);
        };
        server = TestServer.start(data, Engines.offline(new KeywordEvaluator(), watched));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode stored(String session) throws Exception {
        return JSON.readTree(server.get("/api/sessions/" + session).body());
    }

    private static void retry(ChatClient chat, int turn, String text) {
        chat.sendRaw("{\"type\":\"retry\",\"turn\":" + turn + ",\"text\":" + JSON.valueToTree(text) + "}");
    }

    /** A retry the server must refuse: the error it answers with. */
    private static JsonNode refusedRetry(ChatClient chat, int turn, String text) {
        retry(chat, turn, text);
        return chat.next("error");
    }

    /** Starts a session in {@code mode} and has one reply answered; returns the session id. */
    private static String oneReply(ChatClient chat, String mode, String reply) {
        String session = chat.start("late-parcel", mode);
        chat.exchange(reply);
        return session;
    }

    @Test
    void retryingAReply_gradesTheNewOne_thePersonaAnswersIt_andTheOldBranchIsKeptAsATry() throws Exception {
        try (ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");
            int moodBefore = chat.exchange("Please calm down").path("mood").path("level").asInt();
            chat.exchange("It is what it is");

            retry(chat, 1, "I'm so sorry");
            JsonNode rewound = chat.next("rewound");
            List<JsonNode> answer = chat.untilAll("grade", "partner");
            JsonNode grade = answer.stream().filter(m -> m.path("type").asText().equals("grade")).findFirst().orElseThrow();
            JsonNode partner = answer.stream().filter(m -> m.path("type").asText().equals("partner")).findFirst().orElseThrow();

            assertEquals(1, rewound.path("turn").asInt());
            assertEquals(1, rewound.path("attempt").asInt());
            assertEquals(1, rewound.path("turns").size());
            assertEquals("Please calm down", rewound.path("tries").get(0).path("turns").get(0).path("text").asText());
            assertEquals(1, grade.path("turn").asInt());
            assertEquals(60, grade.path("score").asInt());
            assertEquals(2, partner.path("turn").asInt());
            assertEquals("You said: I'm so sorry", partner.path("text").asText());
            assertTrue(partner.path("mood").path("level").asInt() < moodBefore, "the mood starts again from before the try");
            String shown = histories.get(histories.size() - 1);
            assertFalse(shown.contains("calm down") || shown.contains("It is what it is"), shown);

            JsonNode view = stored(session);
            assertEquals(3, view.path("turns").size());
            assertEquals("I'm so sorry", view.path("turns").get(1).path("text").asText());
            assertEquals(60, view.path("turns").get(1).path("grade").path("score").asInt());
            JsonNode tryTurns = view.path("tries").get(0).path("turns");
            assertEquals(4, tryTurns.size());
            assertEquals(0, tryTurns.get(0).path("grade").path("score").asInt());
        }
    }

    @Test
    void theReport_countsOnlyTheFinalBranch() throws Exception {
        try (ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");
            chat.exchange("Please calm down");
            chat.exchange("Whatever");
            retry(chat, 1, "I'm so sorry");
            chat.next("partner");
            chat.send("type", "end");

            JsonNode report = chat.next("ended").path("report");

            assertEquals(1, report.path("replies").asInt());
            assertEquals(60, report.path("averageScore").asInt());
        }
    }

    @Test
    void aResume_afterARestart_bringsBackTheTries() throws Exception {
        String session;
        String cookie = server.cookie();
        try (ChatClient chat = server.chat()) {
            session = oneReply(chat, "practice", "Please calm down");
            retry(chat, 1, "I'm so sorry");
            chat.next("partner");
        }
        server.close();
        server = TestServer.start(data);

        try (ChatClient chat = server.chatAs(cookie)) {
            chat.send("type", "resume", "session", session);
            JsonNode resumed = chat.next("resumed");

            assertEquals("I'm so sorry", resumed.path("turns").get(1).path("text").asText());
            assertEquals("Please calm down", resumed.path("tries").get(0).path("turns").get(0).path("text").asText());
        }
    }

    @Test
    void aRetryOfATurnThatIsNotAReply_isRefused_andChangesNothing() throws Exception {
        try (ChatClient chat = server.chat()) {
            String session = oneReply(chat, "practice", "I'm sorry");

            JsonNode partnerTurn = refusedRetry(chat, 0, "Hello");
            JsonNode missing = refusedRetry(chat, 9, "Hello");
            chat.sendRaw("{\"type\":\"retry\",\"turn\":\"one\",\"text\":\"Hello\"}");
            JsonNode notANumber = chat.next("error");

            assertEquals("unknown-turn", partnerTurn.path("code").asText());
            assertTrue(missing.path("message").asText().contains("Turn 9 is not one of your replies (your replies are turns 1)"),
                    missing.toString());
            assertEquals("bad-message", notANumber.path("code").asText());
            assertEquals(3, stored(session).path("turns").size());
            assertEquals(0, stored(session).path("tries").size());
        }
    }

    @Test
    void aRetryAfterTheEnd_isRefused() throws Exception {
        try (ChatClient chat = server.chat()) {
            // the fake customer walks out at "goodbye", so the session ends with its first reply
            String session = oneReply(chat, "practice", "goodbye");
            chat.next("ended");

            JsonNode refused = refusedRetry(chat, 1, "Sorry, please stay");

            assertEquals("session-ended", refused.path("code").asText());
            assertEquals("goodbye", stored(session).path("turns").get(1).path("text").asText());
        }
    }

    @Test
    void aRetryInAnExam_isRefused_becauseAnExamIsOneGo() throws Exception {
        try (ChatClient chat = server.chat()) {
            String session = oneReply(chat, "exam", "Please calm down");

            JsonNode refused = refusedRetry(chat, 1, "I'm sorry");

            assertEquals("retry-in-exam", refused.path("code").asText());
            assertTrue(refused.path("message").asText().contains("Practise mode allows it"));
            assertEquals("Please calm down", stored(session).path("turns").get(1).path("text").asText());
        }
    }

    @Test
    void aRetryOnAnotherBrowsersSession_isImpossible_becauseItCannotResumeIt() throws Exception {
        String session;
        try (ChatClient owner = server.chat()) {
            session = oneReply(owner, "practice", "I'm sorry");
        }
        try (ChatClient stranger = server.chatAs(server.newGuestCookie())) {
            stranger.send("type", "resume", "session", session);
            assertEquals("unknown-session", stranger.next("error").path("code").asText());
            retry(stranger, 1, "Taken over");

            assertEquals("no-session", stranger.next("error").path("code").asText());
        }
        assertEquals("I'm sorry", stored(session).path("turns").get(1).path("text").asText());
    }
}

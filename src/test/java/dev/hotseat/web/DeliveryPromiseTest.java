package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply sent with an id is acknowledged once stored, a resend is acknowledged again and never stored twice. */
@Timeout(30)
class DeliveryPromiseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;

    private static JsonNode turns(TestServer server, String session) throws Exception {
        return JSON.readTree(server.get("/api/sessions/" + session).body()).path("turns");
    }

    @Test
    void replyWithAnId_isAnsweredStored_withItsTurn_beforeTheGradeAndTheAnswer() {
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("c-1", "I'm sorry");
            List<JsonNode> seen = chat.untilAll("grade", "partner");

            JsonNode stored = seen.get(0);
            assertEquals("stored", stored.path("type").asText(), seen.toString());
            assertEquals("c-1", stored.path("id").asText());
            assertEquals(1, stored.path("turn").asInt());
        }
    }

    @Test
    void resendOfAStoredId_isAnsweredAgain_andStoredOnce() throws Exception {
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");
            chat.reply("c-1", "I'm sorry");
            chat.untilAll("grade", "partner");

            // When the client resends (it never saw the ack, say), then sends its next reply
            chat.reply("c-1", "I'm sorry");
            JsonNode again = chat.next();
            chat.reply("c-2", "Let me fix it");
            JsonNode next = chat.next("stored");

            assertEquals("stored", again.path("type").asText(), again.toString());
            assertEquals(1, again.path("turn").asInt());
            assertEquals(3, next.path("turn").asInt(), "the resend took no turn");
            chat.untilAll("grade", "partner");
            JsonNode turns = turns(server, session);
            assertEquals(5, turns.size(), turns.toString());
            assertEquals("c-1", turns.get(1).path("id").asText());
            assertEquals("c-2", turns.get(3).path("id").asText());
        }
    }

    @Test
    void resendAfterARestart_isRecognisedFromTheStore() throws Exception {
        String session;
        String cookie;
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            session = chat.start("late-parcel", "practice");
            cookie = server.cookie();
            chat.reply("c-1", "I'm sorry");
            chat.untilAll("grade", "partner");
        }
        try (TestServer server = TestServer.start(data)) {
            // the same browser comes back to the restarted server
            server.useCookie(cookie);
            ChatClient chat = server.chat();
            chat.send("type", "resume", "session", session);
            JsonNode resumed = chat.next("resumed");
            chat.reply("c-1", "I'm sorry");
            JsonNode again = chat.next();

            assertEquals("c-1", resumed.path("turns").get(1).path("id").asText(), resumed.toString());
            assertEquals("stored", again.path("type").asText(), again.toString());
            assertEquals(1, again.path("turn").asInt());
            assertEquals(3, turns(server, session).size());
            chat.close();
        }
    }

    @Test
    void replyWithoutAnId_likeAVersion1Client_getsNoStoredMessage() throws Exception {
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            chat.reply("I'm sorry");
            List<JsonNode> seen = chat.untilAll("grade", "partner");

            assertTrue(seen.stream().noneMatch(m -> m.path("type").asText().equals("stored")), seen.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"reply\",\"id\":\"has space\",\"text\":\"hi\"}",
        "{\"type\":\"reply\",\"id\":\"<script>\",\"text\":\"hi\"}",
        "{\"type\":\"reply\",\"id\":7,\"text\":\"hi\"}",
        "{\"type\":\"reply\",\"id\":\"\",\"text\":\"hi\"}",
        "{\"type\":\"reply\",\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"text\":\"hi\"}"})
    void badId_isRefusedAsBadMessage_andNothingIsStored(String frame) throws Exception {
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");

            chat.sendRaw(frame);
            JsonNode error = chat.next();

            assertEquals("bad-message", error.path("code").asText(), error.toString());
            assertTrue(error.path("message").asText().contains("'id'"), error.toString());
            assertEquals(1, turns(server, session).size());
        }
    }

    @Test
    void secondSocketResumingTheSession_tellsTheFirstItWasTakenOver_andTheFirstCannotReplyUnseen() throws Exception {
        try (TestServer server = TestServer.start(data); ChatClient first = server.chat(); ChatClient second = server.chat()) {
            String session = first.start("late-parcel", "practice");

            second.send("type", "resume", "session", session);
            second.next("resumed");
            JsonNode notice = first.next();
            first.reply("c-9", "Still here?");
            JsonNode refused = first.next();

            assertEquals("error", notice.path("type").asText(), notice.toString());
            assertEquals("taken-over", notice.path("code").asText());
            assertEquals("taken-over", refused.path("code").asText(), refused.toString());
            assertEquals(1, turns(server, session).size(), "the refused reply was not stored");
            // The second socket chats on; the first takes the session back by resuming, and the second is told
            second.reply("c-1", "I'm sorry");
            assertEquals(1, second.next("stored").path("turn").asInt());
            second.untilAll("grade", "partner");
            first.send("type", "resume", "session", session);
            assertEquals(3, first.next("resumed").path("turns").size());
            assertEquals("taken-over", second.next().path("code").asText());
        }
    }
}

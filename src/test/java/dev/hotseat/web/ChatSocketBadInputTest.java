package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed frames and bad input on the chat socket: each gets a clear error, stores nothing, and the chat goes on. */
@Timeout(30)
class ChatSocketBadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private ChatClient chat;

    @BeforeEach
    void connect() {
        chat = hotseat.chat();
    }

    private JsonNode error(String code) {
        JsonNode error = chat.next("error");
        assertEquals(code, error.path("code").asText(), error.toString());
        return error;
    }

    /** The socket still works: a new session starts on it. */
    private void assertStillServes() {
        chat.send("type", "start", "scenario", "late-parcel");
        assertEquals("started", chat.next().path("type").asText());
    }

    private int storedTurns(String session) throws Exception {
        return JSON.readTree(hotseat.get("/api/sessions/" + session).body()).path("turns").size();
    }

    @Test
    void malformedJson_isAnsweredWithBadJson_quotingTheInput() {
        chat.sendRaw("{not json at all");

        assertTrue(error("bad-json").path("message").asText().contains("{not json at all"));
        assertStillServes();
    }

    @Test
    void unknownMessageType_isNamedInTheError() {
        chat.send("type", "dance");

        assertTrue(error("unknown-type").path("message").asText().contains("'dance'"));
        assertStillServes();
    }

    @Test
    void unknownScenario_listsTheKnownOnes() {
        chat.send("type", "start", "scenario", "angry-custmer");

        String message = error("unknown-scenario").path("message").asText();
        assertTrue(message.contains("angry-custmer") && message.contains("late-parcel"), message);
        assertStillServes();
    }

    @Test
    void emptyReply_isRefused_andNothingIsStored() throws Exception {
        String session = chat.start("late-parcel", "practice");

        chat.reply("   \n ");

        error("empty-reply");
        assertEquals(1, storedTurns(session));
    }

    @Test
    void tenThousandCharacterReply_isRefusedCleanly_andTheNextReplyWorks() throws Exception {
        String session = chat.start("late-parcel", "practice");

        chat.reply("a".repeat(10_000));
        String message = error("reply-too-long").path("message").asText();
        chat.exchange("I am sorry about that");

        assertTrue(message.contains("10000"), message);
        assertEquals(3, storedTurns(session));
    }

    @Test
    void frameBeyond64KiB_closesTheSocketAsTooBig() {
        chat.start("late-parcel", "practice");

        try {
            chat.reply("a".repeat(100_000));
        } catch (java.util.concurrent.CompletionException e) {
            // The server may close the socket before the client has finished writing the frame.
            assertTrue(e.getCause() instanceof java.io.IOException, e.toString());
        }

        assertEquals(1009, chat.next("closed").path("code").asInt());
    }

    @Test
    void replyBeforeStart_isRefused() {
        chat.reply("hello?");

        error("no-session");
        assertStillServes();
    }

    @Test
    void resumeOfUnknownSession_quotesTheId() {
        chat.send("type", "resume", "session", "no-such-session");

        assertTrue(error("unknown-session").path("message").asText().contains("no-such-session"));
        assertStillServes();
    }

    @Test
    void replyAfterEnd_isRefused_andTheStoredTurnsStayAsTheyWere() throws Exception {
        String session = chat.start("late-parcel", "practice");
        chat.exchange("Sorry to hear that");
        chat.send("type", "end");
        assertEquals("ended", chat.next("ended").path("outcome").asText());

        chat.reply("one more thing");

        error("session-ended");
        assertEquals(3, storedTurns(session));
    }

    @Test
    void startWithUnknownMode_isRefused() {
        chat.send("type", "start", "scenario", "late-parcel", "mode", "speedrun");

        assertTrue(error("bad-message").path("message").asText().contains("speedrun"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"end\"} {\"type\":\"end\"}|bad-json",
        "{\"type\":\"reply\",\"text\":\"hi\"} trailing|bad-json",
        "[{\"type\":\"end\"}]|bad-json",
        "null|bad-json",
        "{\"type\":7}|unknown-type",
        "{\"type\":\"reply\",\"text\":{\"a\":\"hi\"}}|bad-message",
        "{\"type\":\"reply\",\"text\":[\"hi\"]}|bad-message",
        "{\"type\":\"start\",\"scenario\":{\"id\":\"late-parcel\"}}|bad-message",
        "{\"type\":\"resume\",\"session\":42}|bad-message"})
    void malformedFrame_getsAClearError_andNothingIsStored(String frame, String code) throws Exception {
        String session = chat.start("late-parcel", "practice");

        chat.sendRaw(frame);
        JsonNode error = chat.next("error");

        assertEquals(code, error.path("code").asText(), frame + " → " + error);
        assertEquals(1, JSON.readTree(hotseat.get("/api/sessions/" + session).body()).path("turns").size());
        chat.reply("I'm sorry");
        assertEquals(2, chat.next("partner").path("turn").asInt());
    }

    @Test
    void controlCharactersAndEmoji_inAReply_areStoredAndEchoedExactly() throws Exception {
        String session = chat.start("late-parcel", "practice");
        String reply = "Sorry \u0007\u001b[31m 😀 \u202Eevil\u202C ✓";

        chat.exchange(reply);

        JsonNode stored = JSON.readTree(hotseat.get("/api/sessions/" + session).body());
        assertEquals(reply, stored.path("turns").get(1).path("text").asText());
        assertTrue(chat.open());
    }
}

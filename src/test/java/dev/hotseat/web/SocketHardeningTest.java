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

/** Malformed frames on the chat socket: each gets a clear error, stores nothing, and the chat goes on. */
@Timeout(30)
class SocketHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private ChatClient chat;

    @BeforeEach
    void connect() {
        chat = hotseat.chat();
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

        chat.reply(reply);
        chat.next("partner");

        JsonNode stored = JSON.readTree(hotseat.get("/api/sessions/" + session).body());
        assertEquals(reply, stored.path("turns").get(1).path("text").asText());
        assertTrue(chat.open());
    }
}

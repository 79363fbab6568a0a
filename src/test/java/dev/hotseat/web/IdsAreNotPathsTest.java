package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenario and session ids from clients are looked up, never opened as files, and are quoted back briefly. */
@Timeout(30)
class IdsAreNotPathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(20_000);
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private ChatClient chat;

    @BeforeEach
    void connect() throws Exception {
        // A file beside the database that a path-built lookup would reach with "../secret.txt" or similar.
        Files.writeString(Files.createDirectories(hotseat.data()).resolve("secret.txt"), "TOP-SECRET");
        chat = hotseat.chat();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../late-parcel", "../../etc/passwd", "/etc/passwd", "%2e%2e%2fsecret.txt", "../secret.txt",
        "late-parcel/../late-parcel", "C:\\Windows\\win.ini", "läte-parcel", "late-parcel\u0000", "ｌａｔｅ-parcel"})
    void startWithAPathLikeScenario_isUnknownScenario_andTheSocketGoesOn(String id) {
        chat.send("type", "start", "scenario", id);

        JsonNode error = chat.next("error");
        assertEquals("unknown-scenario", error.path("code").asText(), error.toString());
        assertFalse(error.toString().contains("TOP-SECRET") || error.toString().contains("root:"));
        chat.send("type", "start", "scenario", "late-parcel");
        assertEquals("late-parcel", chat.next("started").path("scenario").path("id").asText());
    }

    @Test
    void startWithAVeryLongScenarioId_isQuotedShortly() {
        chat.send("type", "start", "scenario", LONG);

        JsonNode error = chat.next("error");
        assertEquals("unknown-scenario", error.path("code").asText());
        assertTrue(error.path("message").asText().length() < 300, "message length " + error.path("message").asText().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "../../etc/passwd", "/etc/passwd", "' OR '1'='1", "%", "ü", "LONG"})
    void resumeWithAPathLikeOrHostileSession_isUnknownSession_quotedShortly(String given) {
        String id = given.equals("LONG") ? LONG : given;
        chat.send("type", "resume", "session", id);

        JsonNode error = chat.next("error");
        assertEquals("unknown-session", error.path("code").asText(), error.toString());
        assertTrue(error.path("message").asText().length() < 300, "message length " + error.path("message").asText().length());
        assertFalse(error.toString().contains("TOP-SECRET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fsecret.txt", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fsecret.txt", "%2Fetc%2Fpasswd",
        "%C3%BC", "'%20OR%20'1'%3D'1", "..", "%2e%2e"})
    void sessionRouteWithAPathLikeId_answersAClientError_neverAFile(String id) throws Exception {
        HttpResponse<String> response = hotseat.get("/api/sessions/" + id);

        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, id + " → " + response.statusCode());
        assertFalse(response.body().contains("TOP-SECRET") || response.body().contains("root:"), response.body());
    }

    @Test
    void sessionRouteWithAVeryLongId_answers404_quotingItShortly() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/sessions/" + "y".repeat(4_000));

        assertEquals(404, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("unknown-session", body.path("error").asText());
        assertTrue(body.path("message").asText().length() < 300, "message length " + body.path("message").asText().length());
    }

    @Test
    void sqlInASessionId_isABoundParameter_andTheStoreStillWorks() throws Exception {
        String real = chat.start("late-parcel", "practice");

        hotseat.get("/api/sessions/x'%3B%20DROP%20TABLE%20turns%3B--");

        assertEquals(1, JSON.readTree(hotseat.get("/api/sessions/" + real).body()).path("turns").size());
    }
}

package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import dev.hotseat.web.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored value that cannot be read back (bytes flipped in a grade, a date gone wrong) is answered with a clear
 * {@code damaged-session}, naming no library, and {@code check} lists each damaged session with what is wrong.
 */
@Timeout(60)
class DamagedSessionTest {
    @TempDir
    Path data;

    @Test
    void damagedValues_areAnsweredDamagedSession_overHttpAndTheSocket_andListedByCheck() throws Exception {
        String badGrade;
        String badDate;
        String sound;
        try (TestServer server = TestServer.start(data)) {
            badGrade = practise(server);
            badDate = practise(server);
            sound = practise(server);
            corrupt("UPDATE grades SET body = '{\"score\":5,\"criteria\":[{\"id\"' WHERE session = ?", badGrade);
            corrupt("UPDATE turns SET at = '2026-13-45T99:00:00Z' WHERE session = ? AND idx = 0", badDate);

            HttpResponse<String> answer = server.get("/api/sessions/" + badGrade);
            JsonNode resumed;
            try (ChatClient chat = server.chat()) {
                chat.send("type", "resume", "session", badDate);
                resumed = chat.next("error");
            }

            assertEquals(500, answer.statusCode());
            assertEquals("damaged-session", TestServer.json(answer).path("error").asText(), answer.body());
            assertFalse(answer.body().contains("jackson") || answer.body().contains("java."), answer.body());
            assertEquals("damaged-session", resumed.path("code").asText(), resumed.toString());
            assertEquals(200, server.get("/api/sessions/" + sound).statusCode());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CheckCommand.run(data, "", WireJson.mapper(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, report);
        assertTrue(report.contains("Checked 3 sessions") && report.contains("2 damaged"), report);
        assertTrue(report.contains(badGrade + ": ") && report.contains(badDate + ": "), report);
        assertFalse(report.contains(sound), report);
    }

    @Test
    void check_saysNoneIsDamaged_andExitsZero_onASoundDatabase() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            practise(server);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(0, CheckCommand.run(data, "", WireJson.mapper(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("none is damaged"), out.toString());
    }

    private static String practise(TestServer server) {
        try (ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");
            chat.exchange("I'm sorry, let me check that for you.");
            return session;
        }
    }

    private void corrupt(String sql, String session) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hotseat.db"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, session);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 10: history, progress, the report (JSON, CSV, share link) and deleting a session, over HTTP. */
@Timeout(60)
class HistoryRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COACH = "Bearer " + TestServer.COACH_TOKEN;
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private TestServer server;

    @BeforeEach
    void start() {
        server = hotseat.server();
    }

    private String finished(String... replies) {
        try (ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");
            for (String reply : replies) {
                chat.exchange(reply);
            }
            chat.send("type", "end");
            chat.next("ended");
            return session;
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void history_listsOnesOwnSessionsWithReplies_newestFirst_andLeavesOutOnesEndedWithoutAReply() throws Exception {
        String first = finished("I'm sorry");
        String second = finished("I understand, sorry", "Please calm down");
        finished();

        JsonNode list = json(server.get("/api/me/sessions"));

        assertEquals(2, list.size(), list.toString());
        assertEquals(second, list.get(0).path("session").asText());
        assertEquals(first, list.get(1).path("session").asText());
        assertEquals("late-parcel", list.get(1).path("scenario").asText());
        assertEquals("practice", list.get(1).path("mode").asText());
        assertEquals("ended", list.get(1).path("outcome").asText());
        assertEquals(60, list.get(1).path("score").asInt());
        assertEquals(2, list.get(0).path("replies").asInt());
        assertEquals(0, json(server.get("/api/me/sessions", "Cookie", server.newGuestCookie())).size());
    }

    @Test
    void history_forAVisitorWithNoCookie_isEmpty_andMakesThemAGuest() throws Exception {
        finished("I'm sorry");

        HttpResponse<String> fresh = server.getBare("/api/me/sessions");

        assertEquals(200, fresh.statusCode());
        assertEquals(0, json(fresh).size());
        assertTrue(fresh.headers().firstValue("Set-Cookie").orElse("").startsWith("hotseat="));
    }

    @Test
    void history_filtersByScenario() throws Exception {
        finished("I'm sorry");

        assertEquals(1, json(server.get("/api/me/sessions?scenario=late-parcel")).size());
        assertEquals(0, json(server.get("/api/me/sessions?scenario=tough-interview")).size());
    }

    @Test
    void progress_hasOnePointPerFinishedSession_forEverySkill() throws Exception {
        finished("I'm sorry");
        finished("Please calm down");
        finished("I understand and I'm sorry");

        JsonNode progress = json(server.get("/api/me/progress"));

        assertEquals(3, progress.path("sessions").size());
        JsonNode skills = progress.path("skills");
        assertTrue(skills.size() >= 2, skills.toString());
        for (JsonNode skill : skills) {
            assertEquals(3, skill.path("values").size(), skill.toString());
        }
        JsonNode apology = find(skills, "apology");
        assertEquals(List.of(100, 0, 100), List.of(apology.path("values").get(0).asInt(),
                apology.path("values").get(1).asInt(), apology.path("values").get(2).asInt()));
        assertEquals("apology", progress.path("strengths").get(0).path("id").asText());
        assertEquals("blame", progress.path("practiseNext").get(0).path("id").asText());
    }

    @Test
    void report_isJsonAndCsv_forTheOwnerAndCoaches_and404ForOthers() throws Exception {
        String session = finished("=HYPERLINK(\"x\") sorry, \"quoted\"");
        String stranger = server.newGuestCookie();

        JsonNode report = json(server.get("/api/sessions/" + session + "/report"));
        HttpResponse<String> csv = server.get("/api/sessions/" + session + "/report.csv");

        assertEquals("ended", report.path("outcome").asText());
        assertEquals(1, report.path("report").path("replies").asInt());
        assertFalse(report.path("started").asText().isBlank());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("branch,turn,speaker,text,score"), csv.body());
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"x\"\") sorry, \"\"quoted\"\"\""), csv.body());
        assertEquals(404, server.get("/api/sessions/" + session + "/report", "Cookie", stranger).statusCode());
        assertEquals(404, server.get("/api/sessions/" + session + "/report.csv", "Cookie", stranger).statusCode());
        assertEquals(200, server.getBare("/api/sessions/" + session + "/report", "Authorization", COACH).statusCode());
    }

    @Test
    void aShareLink_opensTheReportReadOnly_untilTheLearnerRevokesIt() throws Exception {
        String session = finished("I'm sorry");

        HttpResponse<String> made = server.post("/api/sessions/" + session + "/share", "");
        String token = json(made).path("token").asText();
        JsonNode opened = json(server.getBare("/api/shared/" + token));
        HttpResponse<String> byStranger = server.post("/api/sessions/" + session + "/share", "", "Cookie", server.newGuestCookie());
        HttpResponse<String> revoked = server.delete("/api/sessions/" + session + "/share");
        HttpResponse<String> afterRevoke = server.getBare("/api/shared/" + token);
        HttpResponse<String> forged = server.getBare("/api/shared/" + "A".repeat(43));

        assertEquals(201, made.statusCode());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(session, opened.path("session").asText());
        assertTrue(opened.path("shared").asBoolean());
        assertEquals(404, byStranger.statusCode());
        assertEquals(1, json(revoked).path("revoked").asInt());
        assertEquals(410, afterRevoke.statusCode());
        assertEquals("share-revoked", json(afterRevoke).path("error").asText());
        assertEquals(404, forged.statusCode());
        assertEquals("unknown-share", json(forged).path("error").asText());
    }

    @Test
    void deletingASession_removesItFromTheDatabase_andOnlyTheOwnerOrACoachCan() throws Exception {
        String session = finished("I'm sorry");
        String other = finished("Please calm down");
        server.post("/api/sessions/" + session + "/share", "");

        HttpResponse<String> byStranger = server.delete("/api/sessions/" + session, "Cookie", server.newGuestCookie());
        HttpResponse<String> byOwner = server.delete("/api/sessions/" + session);
        HttpResponse<String> byCoach = server.delete("/api/sessions/" + other, "Authorization", COACH, "Cookie", "x=y");

        assertEquals(404, byStranger.statusCode());
        assertEquals(204, byOwner.statusCode());
        assertEquals(204, byCoach.statusCode());
        assertEquals(404, server.get("/api/sessions/" + session).statusCode());
        server.close();
        try (Database db = Database.open(hotseat.data(), Migration.all())) {
            for (String table : List.of("sessions", "turns", "grades", "shares", "tries")) {
                String column = table.equals("sessions") ? "id" : "session";
                assertEquals(0, count(db, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", session), table);
            }
        }
    }

    @Test
    void everySessionRoute_answersAStranger404_andACoach200() throws Exception {
        String session = finished("I'm sorry");
        String stranger = server.newGuestCookie();

        for (String path : List.of("", "/report", "/report.csv")) {
            assertEquals(404, server.get("/api/sessions/" + session + path, "Cookie", stranger).statusCode(), path);
            assertEquals(404, server.getBare("/api/sessions/" + session + path).statusCode(), path);
            assertEquals(200, server.getBare("/api/sessions/" + session + path, "Authorization", COACH).statusCode(), path);
        }
        assertEquals(404, server.delete("/api/sessions/" + session + "/share", "Cookie", stranger).statusCode());
    }

    private static JsonNode find(JsonNode skills, String id) {
        for (JsonNode skill : skills) {
            if (skill.path("id").asText().equals(id)) {
                return skill;
            }
        }
        throw new AssertionError("No skill " + id + " in " + skills);
    }

    private static int count(Database db, String sql, String session) throws Exception {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, session);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}

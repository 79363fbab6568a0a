package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a session belongs to whoever started it and to coaches; everyone else is told it does not exist. */
@Timeout(60)
class PrivateSessionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;
    private TestServer server;
    private String session;

    @BeforeEach
    void ownerPractises() {
        server = TestServer.start(data);
        try (ChatClient owner = server.chat()) {
            session = owner.start("late-parcel", "practice");
            owner.exchange("I'm sorry");
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theOwner_readsTheirSession_overHttp() throws Exception {
        HttpResponse<String> mine = server.get("/api/sessions/" + session);

        assertEquals(200, mine.statusCode());
        assertEquals(3, JSON.readTree(mine.body()).path("turns").size());
    }

    @Test
    void anotherBrowser_getsTheSame404_asForASessionThatDoesNotExist() throws Exception {
        HttpResponse<String> theirs = server.get("/api/sessions/" + session, "Cookie", server.newGuestCookie());
        HttpResponse<String> none = server.getBare("/api/sessions/" + session);

        assertEquals(404, theirs.statusCode());
        assertEquals("unknown-session", JSON.readTree(theirs.body()).path("error").asText());
        assertFalse(theirs.body().contains("I'm sorry"));
        assertEquals(404, none.statusCode());
    }

    @Test
    void aCoach_readsAnySession_withTheTokenOrACoachAccount() throws Exception {
        server.addUser("Casey Coach", "coach", "coach-password-1");
        String coachCookie = server.signIn("casey coach", "coach-password-1");

        HttpResponse<String> byToken = server.getBare("/api/sessions/" + session,
                "Authorization", "Bearer " + TestServer.COACH_TOKEN);
        HttpResponse<String> byAccount = server.get("/api/sessions/" + session, "Cookie", coachCookie);

        assertEquals(200, byToken.statusCode());
        assertEquals(200, byAccount.statusCode());
        assertEquals(200, server.get("/api/prompts/problems", "Cookie", coachCookie).statusCode());
    }

    @Test
    void aLearnerAccount_isNotACoach() throws Exception {
        server.addUser("Lee", "learner", "learner-password-1");
        String learner = server.signIn("Lee", "learner-password-1");

        assertEquals(403, server.get("/api/prompts/problems", "Cookie", learner).statusCode());
        assertEquals(404, server.get("/api/sessions/" + session, "Cookie", learner).statusCode());
    }

    @Test
    void anotherBrowsersSocket_cannotResumeTheSession_norReplyInIt() throws Exception {
        try (ChatClient stranger = server.chatAs(server.newGuestCookie())) {
            stranger.send("type", "resume", "session", session);
            JsonNode refused = stranger.next("error");
            stranger.reply("hijacked");
            JsonNode noSession = stranger.next("error");

            assertEquals("unknown-session", refused.path("code").asText());
            assertEquals("no-session", noSession.path("code").asText());
        }
        assertEquals(3, JSON.readTree(server.get("/api/sessions/" + session).body()).path("turns").size());
    }

    @Test
    void aSocketWithNoCookie_isAGuestForThatConnection_andCannotResumeOthers() {
        try (ChatClient bare = ChatClient.connect(server.port())) {
            bare.send("type", "resume", "session", session);
            assertEquals("unknown-session", bare.next("error").path("code").asText());

            String own = bare.start("late-parcel", "practice");
            bare.send("type", "resume", "session", own);
            assertEquals("resumed", bare.next("resumed").path("type").asText());
        }
    }

    @Test
    void aCoachAccountsSocket_resumesAnySession() {
        server.addUser("Casey", "coach", "coach-password-1");
        try (ChatClient coach = server.chatAs(server.signIn("Casey", "coach-password-1"))) {
            coach.send("type", "resume", "session", session);

            assertEquals(3, coach.next("resumed").path("turns").size());
        }
    }

    @Test
    void aTamperedCookie_isRefusedAndCleared_andChangesNothing() throws Exception {
        String tampered = server.cookie().substring(0, server.cookie().length() - 2) + "xy";

        HttpResponse<String> me = server.get("/api/me", "Cookie", tampered);
        HttpResponse<String> read = server.get("/api/sessions/" + session, "Cookie", tampered);

        assertEquals(401, me.statusCode());
        assertEquals("bad-cookie", JSON.readTree(me.body()).path("error").asText());
        assertTrue(me.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"));
        assertEquals(401, read.statusCode());
        assertEquals(200, server.get("/api/sessions/" + session).statusCode());
    }

    @Test
    void theGuestCookie_isHttpOnlyAndSameSiteStrict_andSecureBehindHttps() {
        HttpResponse<String> plain = server.getBare("/api/me");
        HttpResponse<String> proxied = server.getBare("/api/me", "X-Forwarded-Proto", "https");

        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("hotseat=[A-Za-z0-9_-]{43}; .*"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertTrue(proxied.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
    }
}

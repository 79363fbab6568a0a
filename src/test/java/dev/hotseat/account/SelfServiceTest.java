package dev.hotseat.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts people run themselves, over HTTP on a real server and SQLite: signing up under {@code --accounts open},
 * changing a password, and one-time reset links; every bad input refused with nothing half-done.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SelfServiceTest {
    private static final String GOOD = "a long enough password";
    @TempDir
    java.nio.file.Path temp;
    private TestServer server;

    @BeforeEach
    void anOpenServerWithALearnerAndACoach() {
        server = TestServer.start(TestServer.settings(temp.resolve("data"), "--accounts", "open"),
                Engines.offline(new KeywordEvaluator(), new FakePartner()), new FakeLibrary());
        server.addUser("Robin", "learner", "robin's first password");
        server.addUser("Casey", "coach", "casey's coach password");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String body, String cookie) {
        return server.post(path, body, "Cookie", cookie, "Origin", "http://localhost:" + server.port());
    }

    private static String body(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int loginStatus(String name, String password) {
        return post("/api/login", body("name", name, "password", password), server.newGuestCookie()).statusCode();
    }

    @Test
    void aGuest_signsUp_isSignedInAsALearner_andKeepsWhatTheyPractised() {
        // given a guest who started a session
        String guest = server.newGuestCookie();
        try (var chat = server.chatAs(guest)) {
            chat.start("late-parcel", "practice");
            chat.exchange("I'm sorry the parcel is late.");
        }

        // when they sign up
        HttpResponse<String> made = post("/api/signup", body("name", "Sam", "password", GOOD), guest);

        // then they are Sam, a learner, signed in with a new cookie, and the session came with them
        assertEquals(201, made.statusCode(), made.body());
        JsonNode me = TestServer.json(made);
        assertEquals("Sam", me.path("name").asText());
        assertEquals("learner", me.path("role").asText());
        assertEquals(1, me.path("claimed").asInt());
        String sam = TestServer.cookieFrom(made);
        assertEquals("Sam", TestServer.json(server.get("/api/me", "Cookie", sam)).path("name").asText());
        assertEquals(1, TestServer.json(server.get("/api/me/sessions", "Cookie", sam)).size());
        assertEquals(200, loginStatus("sam", GOOD));
    }

    @Test
    void aSignUp_withATakenEmptyOrLongName_orAWeakPassword_isRefused_andMakesNoAccount() {
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("name-taken", new String[] {"robin", GOOD});
        refused.put("bad-message", new String[] {"", GOOD});
        refused.put("bad-name", new String[] {"x".repeat(300), GOOD});
        refused.put("weak-password", new String[] {"Dana", "too short"});
        refused.put("weak-password ", new String[] {"Eli", "password123"});
        refused.forEach((code, given) -> {
            // when the sign-up is sent
            HttpResponse<String> r = post("/api/signup", body("name", given[0], "password", given[1]),
                    server.newGuestCookie());

            // then it says what is wrong, and nobody can sign in with it
            assertEquals(code.strip(), TestServer.json(r).path("error").asText(), r.body());
            assertTrue(r.statusCode() == 400 || r.statusCode() == 409, r.body());
            assertTrue(!TestServer.json(r).path("message").asText().isBlank());
        });
        assertEquals(401, loginStatus("Dana", "too short"));
        assertEquals(401, loginStatus("Eli", "password123"));
        assertEquals(200, loginStatus("Robin", "robin's first password"));
    }

    @Test
    void signingUp_isClosed_unlessTheServerRunsWithAccountsOpen() {
        try (TestServer guests = TestServer.start(TestServer.settings(temp.resolve("other")),
                Engines.offline(new KeywordEvaluator(), new FakePartner()), new FakeLibrary())) {
            HttpResponse<String> r = guests.post("/api/signup", body("name", "Sam", "password", GOOD),
                    "Origin", "http://localhost:" + guests.port());
            assertEquals(403, r.statusCode(), r.body());
            assertEquals("sign-up-closed", TestServer.json(r).path("error").asText());
            assertEquals("false", TestServer.json(guests.get("/api/signup")).path("open").asText());
        }
        assertEquals("true", TestServer.json(server.get("/api/signup")).path("open").asText());
    }

    @Test
    void aPasswordChange_needsTheCurrentOne_andEndsEveryOtherSignIn() {
        // given Robin signed in on two browsers
        String here = server.signIn("Robin", "robin's first password");
        String there = server.signIn("Robin", "robin's first password");

        // when the current password is wrong, or the new one weak, nothing changes
        assertEquals(401, post("/api/me/password", body("current", "not it at all", "password", GOOD), here).statusCode());
        assertEquals(400, post("/api/me/password", body("current", "robin's first password", "password", "1234567890"),
                here).statusCode());
        assertEquals(200, loginStatus("Robin", "robin's first password"));

        // when it is right, then the new password works, the old does not, and only this browser stays signed in
        HttpResponse<String> changed = post("/api/me/password", body("current", "robin's first password",
                "password", GOOD), here);
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(200, loginStatus("Robin", GOOD));
        assertEquals(401, loginStatus("Robin", "robin's first password"));
        assertEquals("Robin", TestServer.json(server.get("/api/me", "Cookie", here)).path("name").asText());
        assertEquals("bad-cookie", TestServer.json(server.get("/api/me", "Cookie", there)).path("error").asText());
    }

    @Test
    void aResetLink_madeByACoach_worksOnce_andOnlyCoachesMakeThem() {
        String casey = server.signIn("Casey", "casey's coach password");
        String robin = server.signIn("Robin", "robin's first password");

        // a learner cannot make one, nor can a coach for another coach or nobody
        assertEquals(403, post("/api/coach/resets", body("learner", "Robin"), robin).statusCode());
        assertEquals(403, post("/api/coach/resets", body("learner", "Casey"), casey).statusCode());
        assertEquals(404, post("/api/coach/resets", body("learner", "Nobody"), casey).statusCode());

        // when Casey makes one for Robin
        HttpResponse<String> made = post("/api/coach/resets", body("learner", "robin"), casey);
        assertEquals(201, made.statusCode(), made.body());
        JsonNode link = TestServer.json(made);
        String token = link.path("url").asText().substring("/reset.html#".length());
        Duration lasts = Duration.between(Instant.now(), Instant.parse(link.path("expires").asText()));
        assertTrue(lasts.compareTo(Duration.ofHours(23)) > 0 && lasts.compareTo(Duration.ofHours(25)) < 0, lasts.toString());

        // then a weak password leaves it working, a good one is set once and signs Robin in
        assertEquals(400, post("/api/reset", body("token", token, "password", "short"), server.newGuestCookie()).statusCode());
        HttpResponse<String> used = post("/api/reset", body("token", token, "password", GOOD), server.newGuestCookie());
        assertEquals(200, used.statusCode(), used.body());
        assertEquals("Robin", TestServer.json(used).path("name").asText());
        assertEquals(200, loginStatus("Robin", GOOD));
        // and a second use is refused
        HttpResponse<String> again = post("/api/reset", body("token", token, "password", "another good password"),
                server.newGuestCookie());
        assertEquals(410, again.statusCode(), again.body());
        assertEquals("reset-link-used", TestServer.json(again).path("error").asText());
        assertEquals("bad-cookie", TestServer.json(server.get("/api/me", "Cookie", robin)).path("error").asText());
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.account.UsersCommand;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 10: accounts made with {@code users add}, sign-in and sign-out, and what a wrong one is told. */
@Timeout(60)
class SignInTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline().withAccount("Robin", "learner", "correct horse");
    private TestServer server;
    private Path data;

    @BeforeEach
    void start() {
        server = hotseat.server();
        data = hotseat.data();
    }

    private HttpResponse<String> login(String name, String password, String cookie) {
        return server.post("/api/login", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}",
                "Cookie", cookie);
    }

    @Test
    void signingIn_rotatesTheCookie_andTheGuestCookieStopsWorking() throws Exception {
        String guest = server.newGuestCookie();

        HttpResponse<String> response = login("robin", "correct horse", guest);
        String account = TestServer.cookieFrom(response);

        assertEquals(200, response.statusCode());
        assertEquals("Robin", JSON.readTree(response.body()).path("name").asText());
        assertNotEquals(guest, account);
        assertEquals("learner", JSON.readTree(server.get("/api/me", "Cookie", account).body()).path("role").asText());
        assertEquals(401, server.get("/api/me", "Cookie", guest).statusCode());
    }

    @Test
    void aGuestsSessions_moveIntoTheAccount_atSignIn() {
        String guest = server.newGuestCookie();
        String session;
        try (ChatClient chat = server.chatAs(guest)) {
            session = chat.start("late-parcel", "practice");
        }

        String account = TestServer.cookieFrom(login("Robin", "correct horse", guest));

        assertEquals(200, server.get("/api/sessions/" + session, "Cookie", account).statusCode());
    }

    @Test
    void wrongPassword_andUnknownName_getTheSameClear401_andNoCookie() throws Exception {
        HttpResponse<String> wrong = login("Robin", "wrong horse", server.cookie());
        HttpResponse<String> unknown = login("Nobody", "correct horse", server.cookie());

        for (HttpResponse<String> response : new HttpResponse[] {wrong, unknown}) {
            JsonNode body = JSON.readTree(response.body());
            assertEquals(401, response.statusCode());
            assertEquals("wrong-credentials", body.path("error").asText());
            assertTrue(body.path("message").asText().contains("do not match"), body.toString());
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        }
        assertEquals(200, server.get("/api/me").statusCode());
    }

    @Test
    void signingOut_endsTheSignInOnTheServer() {
        String account = server.signIn("Robin", "correct horse");

        HttpResponse<String> out = server.post("/api/logout", "", "Cookie", account);

        assertEquals(204, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(401, server.get("/api/me", "Cookie", account).statusCode());
    }

    @Test
    void usersAdd_refusesATakenName_ignoringCase_andKeepsTheFirstAccount() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = UsersCommand.run(new String[] {"add", "ROBIN", "--role", "coach", "--data", data.toString()},
                new ByteArrayInputStream("another pass\n".getBytes(StandardCharsets.UTF_8)), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), Map.of());

        assertEquals(1, code);
        assertTrue(err.toString().contains("'ROBIN' is already taken"), err.toString());
        assertEquals(200, login("Robin", "correct horse", server.cookie()).statusCode());
    }

    @Test
    void usersAdd_withNoPasswordOnStdin_printsAGeneratedOneOnce_thatSignsIn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = UsersCommand.run(new String[] {"add", "Sam", "--role", "coach", "--data", data.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(out), Map.of());

        String printed = out.toString();
        String password = printed.substring(printed.lastIndexOf(": ") + 2).strip();
        assertEquals(0, code, printed);
        assertEquals(16, password.length(), printed);
        assertEquals("coach", roleOf(server.signIn("Sam", password)));
    }

    @Test
    void usersAdd_refusesAnUnknownRole_andAShortPassword() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err);

        int badRole = UsersCommand.run(new String[] {"add", "Kim", "--role", "admin", "--data", data.toString()},
                new ByteArrayInputStream("long enough pass\n".getBytes(StandardCharsets.UTF_8)), errors, errors, Map.of());
        int shortPassword = UsersCommand.run(new String[] {"add", "Kim", "--role", "learner", "--data", data.toString()},
                new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)), errors, errors, Map.of());

        assertEquals(1, badRole);
        assertEquals(1, shortPassword);
        assertTrue(err.toString().contains("Unknown role 'admin'"), err.toString());
        assertTrue(err.toString().contains("at least 10 characters"), err.toString());
    }

    @Test
    void withAccountsRequired_aVisitorWithoutSignIn_isToldToSignIn() throws Exception {
        try (TestServer strict = TestServer.accountsRequired(data.resolve("strict"))) {
            HttpResponse<String> me = strict.getBare("/api/me");

            assertEquals(401, me.statusCode());
            assertEquals("sign-in-required", JSON.readTree(me.body()).path("error").asText());
            assertTrue(me.headers().firstValue("Set-Cookie").isEmpty());
            assertEquals(401, strict.getBare("/api/me/sessions").statusCode());
        }
    }

    @Test
    void withAccountsRequired_aSocketWithoutSignIn_isRefusedAtTheUpgrade_andASignedInOneWorks() {
        try (TestServer strict = TestServer.accountsRequired(data.resolve("strict"))) {
            strict.addUser("Quinn", "learner", "quinn-password");

            java.util.concurrent.CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.CompletionException.class, () -> ChatClient.connect(strict.port()));
            try (ChatClient signedIn = strict.chatAs(strict.signIn("Quinn", "quinn-password"))) {
                String session = signedIn.start("late-parcel", "practice");

                assertEquals(401, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
                assertTrue(!session.isBlank());
            }
        }
    }

    private String roleOf(String cookie) {
        try {
            return JSON.readTree(server.get("/api/me", "Cookie", cookie).body()).path("role").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

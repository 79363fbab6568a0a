package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe defaults: loopback only, known hosts only (no DNS rebinding), security headers even on Jetty's own error
 * pages, binary frames and lone surrogates answered with {@code bad-message}, and no library class in any error.
 */
@Timeout(30)
class SafeDefaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a leaked class name or stack frame looks like. */
    private static final String INTERNALS = ".*(com\\.fasterxml|org\\.eclipse|java\\.lang|io\\.javalin|`|Exception|\\tat ).*";
    @TempDir
    Path data;
    private TestServer server;

    @BeforeEach
    void startServer() {
        server = TestServer.start(data, Engines.offline(new KeywordEvaluator(), new FakePartner()),
                new WireSettings("127.0.0.1", "https://hotseat.example.org", 256, 0, 0, 0));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Sends {@code request} as raw bytes and returns the whole answer (Jetty closes after an error). */
    private String raw(String request) throws IOException {
        return raw(request, false);
    }

    /** With {@code headOnly}, returns once the status line and headers are in (a 101 keeps the socket open). */
    private String raw(String request, boolean headOnly) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (headOnly && answer.indexOf("\r\n\r\n") > 0) {
                    break;
                }
                if (answer.indexOf("\r\n\r\n") > 0 && answer.toString().contains("Connection: close")
                        && answer.toString().trim().endsWith("}")) {
                    break;
                }
            }
            return answer.toString();
        }
    }

    private static String get(String path, String host) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    private static void assertSecurityHeaders(String answer) {
        String lower = answer.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-security-policy: default-src 'self'"), answer);
        assertTrue(lower.contains("x-content-type-options: nosniff"), answer);
        assertTrue(lower.contains("x-frame-options: deny"), answer);
        assertTrue(lower.contains("referrer-policy: no-referrer"), answer);
    }

    @Test
    void server_listensOnLoopbackOnly_byDefault() throws Exception {
        assertEquals("127.0.0.1", WireSettings.local().host());
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> !isLoopback(i)).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address to try");

        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress(outside.get(), server.port()), 2000));
        }
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:7070", "localhost.evil.example", "10.0.0.7:80"})
    void foreignHostHeader_likeADnsRebindingPage_isRefusedWithJson_andTheHeaders(String host) throws Exception {
        String answer = raw(get("/api/scenarios", host));

        assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
        assertTrue(answer.contains("\"error\":\"unknown-host\""), answer);
        assertTrue(answer.contains("--public-url"), answer);
        assertSecurityHeaders(answer);
        assertFalse(answer.contains("late-parcel"), "no data for a foreign host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1:1234", "[::1]:80", "hotseat.example.org", "HOTSEAT.example.org:443"})
    void loopbackNamesAndThePublicUrlsHost_areAnswered(String host) throws Exception {
        String answer = raw(get("/api/scenarios", host));

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    private String upgrade(String host, String origin) throws IOException {
        return raw("GET /ws/chat HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n", true).lines().findFirst().orElse("");
    }

    @Test
    void socketUpgrade_withAForeignHost_isRefused_evenWhenItsOriginMatchesIt() throws Exception {
        String port = String.valueOf(server.port());

        assertTrue(upgrade("evil.example:" + port, "http://evil.example:" + port).startsWith("HTTP/1.1 421"));
        assertTrue(upgrade("evil.example:" + port, null).startsWith("HTTP/1.1 421"));
        assertTrue(upgrade("localhost:" + port, "http://localhost:" + port).startsWith("HTTP/1.1 101"));
    }

    @Test
    void socketUpgrade_fromThePublicUrlsPage_isLetIn_whenAProxyRewroteTheHost() throws Exception {
        assertTrue(upgrade("127.0.0.1:" + server.port(), "https://hotseat.example.org").startsWith("HTTP/1.1 101"));
        assertTrue(upgrade("127.0.0.1:" + server.port(), "https://other.example.org").startsWith("HTTP/1.1 403"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n"})
    void requestJettyRefusesItself_getsTheSecurityHeaders_andJsonWithoutInternals(String request) throws Exception {
        String answer = raw(request);

        assertTrue(answer.matches("(?s)HTTP/1\\.1 [45]\\d\\d.*"), answer);
        assertSecurityHeaders(answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertFalse(body.contains("<html") || body.contains("org.eclipse") || body.contains("Jetty"), body);
    }

    @Test
    void binaryFrame_isAnsweredWithBadMessage_andTheSocketGoesOn() {
        try (ChatClient chat = server.chat()) {
            chat.sendBinary(new byte[] {0x7b, 0x7d, 0, (byte) 0xff});
            JsonNode error = chat.next();

            assertEquals("bad-message", error.path("code").asText(), error.toString());
            assertTrue(error.path("message").asText().contains("text frame"), error.toString());
            assertEquals(36, chat.start("late-parcel", "practice").length());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "abc\\udc00", "\\ud83d\\ud83d\\ude00x\\ud800"})
    void loneSurrogateInAReply_isRefusedNamingIt_andNothingIsStored(String escaped) throws Exception {
        try (ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");

            chat.sendRaw("{\"type\":\"reply\",\"text\":\"" + escaped + "\"}");
            JsonNode error = chat.next();

            assertEquals("bad-message", error.path("code").asText(), error.toString());
            String message = error.path("message").asText();
            assertTrue(message.contains("lone surrogate") && message.contains("'text'"), message);
            assertTrue(message.matches(".*\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}.*"), message);
            assertEquals(1, JSON.readTree(server.get("/api/sessions/" + session).body()).path("turns").size());
        }
    }

    @Test
    void validSurrogatePair_anEmoji_isStoredExactly() throws Exception {
        try (ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");

            chat.sendRaw("{\"type\":\"reply\",\"text\":\"sorry \\ud83d\\ude00\"}");
            chat.next("partner");

            String stored = JSON.readTree(server.get("/api/sessions/" + session).body()).path("turns").get(1).path("text").asText();
            assertEquals("sorry \ud83d\ude00", stored);
        }
    }

    @Test
    void loneSurrogateInAnEvaluateBody_isRefusedWith400() throws Exception {
        var response = server.post("/api/evaluate", "{\"mode\":\"customer\",\"reply\":\"sorry \\udfff\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("bad-message", JSON.readTree(response.body()).path("error").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"end\"} {\"type\":\"end\"}", "{\"type\":\"reply\",\"text\":\"unclosed",
        "{\"type\":", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{'type':'end'}", "{\"type\":\"reply\",\"text\":\"\\x41\"}", "\u0000", "nul"})
    void badJson_isExplainedInPlainWords_withItsPosition_namingNoLibraryClass(String frame) {
        try (ChatClient chat = server.chat()) {
            chat.sendRaw(frame);
            JsonNode error = chat.next();

            assertEquals("bad-json", error.path("code").asText(), error.toString());
            String message = error.path("message").asText();
            assertFalse(message.matches(INTERNALS), message);
            assertTrue(message.contains("line 1, column") || message.contains("nested too deeply"), message);
        }
    }

    @Test
    void badJsonOverHttp_namesNoLibraryClassEither() throws Exception {
        var response = server.post("/api/evaluate", "{\"mode\":\"customer\"} []");

        assertEquals(400, response.statusCode());
        assertFalse(response.body().matches(INTERNALS), response.body());
    }

    @Test
    void messagesThatLeaveTheServer_loseQualifiedClassNames() {
        assertEquals("failed: a library error: timeout", Problem.plain("failed: dev.langchain4j.exception.HttpException: timeout"));
        assertEquals("I'm sorry. Really.", Problem.plain("I'm sorry. Really."));
    }
}

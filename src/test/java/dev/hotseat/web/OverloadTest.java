package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.HangingEngines;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import dev.hotseat.support.Waiting;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Past capacity a start or reply is answered {@code busy} at once; per-client limits answer 429 with Retry-After. */
@Timeout(30)
class OverloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVALUATE = "{\"mode\":\"customer\",\"reply\":\"I'm sorry\"}";
    @TempDir
    Path data;

    private static Engines offline() {
        return Engines.offline(new KeywordEvaluator(), new FakePartner());
    }

    private static void assertBusy(JsonNode error) {
        assertEquals("error", error.path("type").asText(), error.toString());
        assertEquals("busy", error.path("code").asText(), error.toString());
        int retryAfter = error.path("retryAfter").asInt();
        assertTrue(retryAfter >= 1 && retryAfter <= 60, error.toString());
        assertTrue(error.path("message").asText().contains("Try again in " + retryAfter + " s"), error.toString());
    }

    @Test
    void pastTheServersTurnCapacity_replyAndStartAreAnsweredBusyAtOnce_andTheTurnsTakenAreAnswered() throws Exception {
        try (HangingEngines hanging = new HangingEngines();
             TestServer server = TestServer.start(data, hanging.engines(), new WireSettings("127.0.0.1", "", 2, 0, 0, 0));
             ChatClient chat = server.chat(); ChatClient other = server.chat()) {
            String session = chat.start("late-parcel", "practice");
            // (the start holds its place a moment after the opening line is sent: wait until it is given back)
            Waiting.until(Duration.ofSeconds(10), "the start's place given back",
                    () -> server.get("/metrics", "Authorization", "Bearer " + TestServer.COACH_TOKEN).body().contains("\nhotseat_turns_in_flight 0.0"));
            // Given two turns in flight: one stuck on the model, one queued behind it
            chat.reply("c-1", "first");
            chat.reply("c-2", "second");
            assertTrue(hanging.bothHanging(10));

            // When a third reply arrives (handled after the second, which this socket sent first), and then
            // another learner's start
            chat.reply("c-3", "third");
            JsonNode refusedReply = chat.next("error");
            other.send("type", "start", "scenario", "late-parcel");

            // Then both are refused at once with a retry-after, and nothing of them is stored
            assertBusy(refusedReply);
            assertBusy(other.next());
            hanging.release();
            assertEquals(2, chat.next("partner").path("turn").asInt());
            assertEquals(4, chat.next("partner").path("turn").asInt());
            // (read until all five show: on a loaded machine the read can come before the last write is visible)
            Waiting.until(Duration.ofSeconds(10), "the five turns stored",
                    () -> storedTurns(server, session).size() == 5);
            // And once the turns are done, the same reply goes through
            chat.reply("c-3", "third");
            assertEquals(5, chat.next("stored").path("turn").asInt());
        }
    }

    @Test
    void evaluateFloodFromOneAddress_gets429WithRetryAfter_whileAnotherAddressIsServed() throws Exception {
        try (TestServer server = TestServer.start(data, offline(), new WireSettings("127.0.0.1", "", 256, 0, 3, 0))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, server.post("/api/evaluate", EVALUATE).statusCode());
            }

            HttpResponse<String> limited = server.post("/api/evaluate", EVALUATE);

            assertEquals(429, limited.statusCode(), limited.body());
            int retryAfter = Integer.parseInt(limited.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
            JsonNode body = JSON.readTree(limited.body());
            assertEquals("busy", body.path("error").asText());
            assertEquals(retryAfter, body.path("retryAfter").asInt());
            assertTrue(limited.headers().firstValue("Content-Security-Policy").isPresent());
            assertEquals(200, fromAddress("127.0.0.2", server.port(), "/api/evaluate", EVALUATE).statusCode(),
                    "limits are per client address");
        }
    }

    @Test
    void forwardedForHeaders_doNotMakeAFloodLookLikeManyClients() throws Exception {
        try (TestServer server = TestServer.start(data, offline(), new WireSettings("127.0.0.1", "", 256, 0, 2, 0))) {
            HttpClient http = HttpClient.newHttpClient();
            int last = 0;
            for (int i = 0; i < 3; i++) {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/evaluate"))
                        .header("X-Forwarded-For", "203.0.113." + i).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EVALUATE))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            }

            assertEquals(429, last);
        }
    }

    @Test
    void signInFlood_gets429_whetherOrNotTheRouteExists() throws Exception {
        try (TestServer server = TestServer.start(data, offline(), new WireSettings("127.0.0.1", "", 256, 0, 0, 2))) {
            int first = server.post("/api/login", "{\"name\":\"a\",\"password\":\"b\"}").statusCode();
            server.post("/api/login", "{\"name\":\"a\",\"password\":\"c\"}");

            HttpResponse<String> limited = server.post("/api/login", "{\"name\":\"a\",\"password\":\"d\"}");

            assertTrue(first != 429, "the first attempts pass the limit");
            assertEquals(429, limited.statusCode(), limited.body());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, server.get("/api/scenarios").statusCode(), "other routes are not limited");
        }
    }

    @Test
    void sessionStartsPastTheClientsRate_areAnsweredBusy_andCreateNoSession() throws Exception {
        try (TestServer server = TestServer.start(data, offline(), new WireSettings("127.0.0.1", "", 256, 2, 0, 0));
             ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");
            chat.start("late-parcel", "practice");

            chat.send("type", "start", "scenario", "late-parcel");
            JsonNode refused = chat.next();

            assertBusy(refused);
            chat.reply("still attached to the second session");
            assertEquals(2, chat.next("partner").path("turn").asInt());
        }
    }

    private static HttpResponse<String> fromAddress(String local, int port, String path, String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(local)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode storedTurns(TestServer server, String session) {
        try {
            return JSON.readTree(server.get("/api/sessions/" + session).body()).path("turns");
        } catch (Exception e) {
            throw new AssertionError("reading session " + session, e);
        }
    }
}

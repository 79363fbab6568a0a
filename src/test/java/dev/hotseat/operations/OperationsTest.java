package dev.hotseat.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FailingPartner;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /health} and {@code GET /metrics} on a real server. */
@Timeout(30)
class OperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void health_isReady_whenTheDatabaseAnswersAndScenariosAreLoaded() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            HttpResponse<String> response = server.get("/health");
            JsonNode body = JSON.readTree(response.body());

            assertEquals(200, response.statusCode());
            assertEquals("ready", body.path("status").asText());
            assertTrue(body.path("live").asBoolean());
            assertTrue(body.path("database").path("reachable").asBoolean());
            assertEquals("sqlite", body.path("database").path("kind").asText());
            assertEquals(2, body.path("prompts").path("scenarios").asInt());
            assertFalse(response.body().contains(data.toString()), "health must not say where the data lives");
        }
    }

    @Test
    void health_isNotReady_whenNoScenarioLoaded_soABalancerSendsNoOneThere() throws Exception {
        Path emptyPrompts = Files.createDirectories(data.resolve("prompts"));
        Engines engines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        try (TestServer server = TestServer.start(data, engines, new FilePromptLibrary(emptyPrompts))) {
            HttpResponse<String> response = server.get("/health");
            JsonNode body = JSON.readTree(response.body());

            assertEquals(503, response.statusCode());
            assertTrue(body.path("live").asBoolean());
            assertFalse(body.path("ready").asBoolean());
            assertEquals(0, body.path("prompts").path("scenarios").asInt());
        }
    }

    @Test
    void metrics_countTurnsLatencyActiveChatsErrorsAndModelFailures_inPrometheusFormat() {
        // the persona's "model" fails on every reply, so the scripted fallback answers and a failure is counted
        Engines engines = new Engines(new KeywordEvaluator(), Optional.empty(), new FailingPartner(), new FakePartner());
        try (TestServer server = TestServer.start(data, engines)) {
            String before = server.get("/metrics", "Authorization", "Bearer " + TestServer.COACH_TOKEN).body();
            try (ChatClient chat = server.chat()) {
                chat.start("late-parcel", "practice");
                chat.exchange("I'm sorry");
                chat.exchange("Thanks");
                chat.send("type", "dance");
                chat.next("error");

                HttpResponse<String> response = server.get("/metrics", "Authorization", "Bearer " + TestServer.COACH_TOKEN);
                String after = response.body();

                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
                assertEquals(0.0, value(before, "hotseat_turn_seconds_count"));
                assertEquals(2.0, value(after, "hotseat_turn_seconds_count"));
                assertEquals(2.0, value(after, "hotseat_turn_seconds_bucket{le=\"30.0\"}"));
                assertEquals(1.0, value(after, "hotseat_chats_active"));
                assertTrue(after.contains("\nhotseat_turns_in_flight "), after);
                assertEquals(2.0, value(after, "hotseat_model_failures_total{engine=\"persona\"}"));
                assertTrue(value(after, "hotseat_errors_total{code=\"model-failed\"}") >= 2.0, after);
                assertTrue(after.matches("(?s).*hotseat_errors_total\\{code=\"[a-z-]+\"} 1\\.0.*"), after);
            }
        }
    }

    @Test
    void health_isNotReady_withTheReason_whenTheDataDiskHasLessFreeThanMinFreeMb() throws Exception {
        Engines engines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        try (TestServer server = TestServer.start(TestServer.settings(data, "--min-free-mb", "10000000"), engines,
                new dev.hotseat.support.FakeLibrary())) {
            HttpResponse<String> response = server.get("/health");
            JsonNode body = JSON.readTree(response.body());

            assertEquals(503, response.statusCode());
            assertTrue(body.path("reasons").get(0).asText().contains("MB free on the data disk"), body.toString());
            assertTrue(body.path("disk").path("freeMb").asLong() < 10_000_000L, body.toString());
        }
    }

    @Test
    void metrics_needTheCoachCredential_andCarryJvmPoolAndGraderFigures() throws Exception {
        try (TestServer server = TestServer.start(data)) {
            HttpResponse<String> stranger = server.getBare("/metrics");
            HttpResponse<String> guest = server.get("/metrics");
            String scrape = server.get("/metrics", "Authorization", "Bearer " + TestServer.COACH_TOKEN).body();

            assertEquals(401, stranger.statusCode());
            assertEquals(403, guest.statusCode());
            for (String series : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_",
                "process_cpu_usage", "process_uptime_seconds", "hotseat_db_writes_waiting", "hotseat_db_readers_idle",
                "hotseat_grades_in_flight", "hotseat_turns_in_flight"}) {
                assertTrue(scrape.contains(series), series + " missing");
            }
        }
    }

    @Test
    void metricsHost_servesTheFiguresOnAnAddressOfItsOwn_withoutACredential() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Engines engines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        try (TestServer server = TestServer.start(TestServer.settings(data, "--metrics-host", "127.0.0.1:" + port),
                engines, new dev.hotseat.support.FakeLibrary())) {
            HttpResponse<String> scraped = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, scraped.statusCode());
            assertTrue(scraped.body().contains("jvm_memory_used_bytes"));
            assertEquals(401, server.getBare("/metrics").statusCode(), "the main port still asks for the credential");
        }
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/protocol.md, message by message and field by field, over a real socket and real HTTP, with the
 * offline engines and prompt files (frozen copies of the shipped ones, under src/test/resources/fixture-prompts).
 */
@Timeout(60)
class ProtocolConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = "I'm so sorry, that sounds stressful. Could you tell me your order number? "
            + "I'll sort it out myself. Calm down, though.";
    private static final Map<String, String> CUSTOMER_IDS = ids("empathy apology restate clarify ownership solution "
            + "collaborate firm followup", "deflect blame");
    private static final Map<String, String> INTERVIEW_IDS = ids("calm listen empathy restate clarify solution "
            + "ownership firm escalate followup star", "rant");
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixturePrompts();
    private static String scenario;

    @BeforeAll
    static void firstScenario() throws Exception {
        scenario = http("/api/scenarios").path(0).path("id").asText();
    }

    @Test
    void started_hasTheSession_andTheScenarioWithIdTitleAndBriefing() {
        try (ChatClient chat = hotseat.chat()) {
            chat.send("type", "start", "scenario", scenario);
            JsonNode started = chat.next();

            assertEquals("started", started.path("type").asText());
            assertText(started, "session");
            assertEquals(scenario, started.path("scenario").path("id").asText());
            assertText(started.path("scenario"), "title");
            assertText(started.path("scenario"), "briefing");
            assertEquals("practice", started.path("mode").asText(), "mode is optional and defaults to practice");
        }
    }

    @Test
    void partnerDeltaAndPartner_carryTurnText_andTheLineCarriesAMoodWithLevelAndLabel() {
        try (ChatClient chat = hotseat.chat()) {
            chat.send("type", "start", "scenario", scenario, "mode", "exam");
            assertEquals("exam", chat.next("started").path("mode").asText());
            List<JsonNode> opening = chat.until("partner");

            JsonNode partner = opening.getLast();
            assertEquals(0, partner.path("turn").asInt());
            assertText(partner, "text");
            assertTrue(partner.path("mood").path("level").isInt(), partner.toString());
            int level = partner.path("mood").path("level").asInt();
            assertTrue(level >= 0 && level <= 100, partner.toString());
            assertText(partner.path("mood"), "label");
            for (JsonNode delta : opening.subList(0, opening.size() - 1)) {
                assertEquals("partner.delta", delta.path("type").asText(), delta.toString());
                assertEquals(0, delta.path("turn").asInt());
                assertTrue(delta.path("text").isTextual(), delta.toString());
            }
        }
    }

    @Test
    void grade_hasTurnScoreSummaryAndCriteria_withVerbatimEvidence() {
        try (ChatClient chat = hotseat.chat()) {
            chat.start(scenario, "practice");

            chat.reply(REPLY);
            JsonNode grade = chat.next("grade");

            assertEquals(1, grade.path("turn").asInt(), "the learner turn graded");
            assertGrade(grade, REPLY, CUSTOMER_IDS);
        }
    }

    @Test
    void ended_hasAnOutcomeFromTheProtocol_andAReport() {
        try (ChatClient chat = hotseat.chat()) {
            chat.start(scenario, "practice");
            chat.exchange(REPLY);

            chat.send("type", "end");
            JsonNode ended = chat.next("ended");

            assertEquals("ended", ended.path("outcome").asText());
            assertTrue(ended.path("report").isObject(), ended.toString());
        }
    }

    @Test
    void error_hasCodeAndMessage_andTheSocketStaysOpen() {
        try (ChatClient chat = hotseat.chat()) {
            chat.sendRaw("not json");
            JsonNode error = chat.next("error");

            assertEquals("bad-json", error.path("code").asText());
            assertText(error, "message");
            chat.send("type", "start", "scenario", scenario);
            assertEquals("started", chat.next().path("type").asText());
        }
    }

    @Test
    void resumed_hasTheSession_andEveryTurnSoFar_withGrades() {
        String session;
        try (ChatClient first = hotseat.chat()) {
            session = first.start(scenario, "practice");
            first.reply(REPLY);
            first.untilAll("grade", "partner");
        }
        try (ChatClient second = hotseat.chat()) {
            second.send("type", "resume", "session", session);
            JsonNode resumed = second.next("resumed");

            assertEquals(session, resumed.path("session").asText());
            JsonNode turns = resumed.path("turns");
            assertEquals(3, turns.size(), resumed.toString());
            assertEquals(REPLY, turns.get(1).path("text").asText());
            assertGrade(turns.get(1).path("grade"), REPLY, CUSTOMER_IDS);
            assertTrue(turns.get(2).path("mood").path("level").isInt(), turns.get(2).toString());
        }
    }

    @Test
    void scenariosRoute_listsIdModeTitleDifficultyAndSummary() throws Exception {
        JsonNode list = http("/api/scenarios");

        assertTrue(list.isArray() && list.size() > 0, list.toString());
        Set<String> modes = new HashSet<>();
        for (JsonNode s : list) {
            for (String field : List.of("id", "title", "difficulty", "summary")) {
                assertText(s, field);
            }
            modes.add(s.path("mode").asText());
        }
        assertEquals(Set.of("customer", "interview"), modes);
    }

    @Test
    void evaluateRoute_answersAGradeWithoutTurn_withEveryBuiltInCriterionOfTheMode() throws Exception {
        String reply = "I stayed calm, listened, and at my last job I refunded a customer and called back a week later.";
        HttpResponse<String> customer = hotseat.post("/api/evaluate", body("customer", REPLY));
        HttpResponse<String> interview = hotseat.post("/api/evaluate", body("interview", reply));

        assertEquals(200, customer.statusCode());
        assertTrue(customer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(JSON.readTree(customer.body()).has("turn"));
        assertGrade(JSON.readTree(customer.body()), REPLY, CUSTOMER_IDS);
        assertGrade(JSON.readTree(interview.body()), reply, INTERVIEW_IDS);
    }

    @Test
    void sessionRoute_answersTheScenarioOutcomeAndTurnsWithGradesAndMoods() throws Exception {
        String session;
        try (ChatClient chat = hotseat.chat()) {
            session = chat.start(scenario, "practice");
            chat.reply(REPLY);
            chat.untilAll("grade", "partner");
            chat.send("type", "end");
            chat.next("ended");
        }

        JsonNode stored = http("/api/sessions/" + session);

        assertEquals(session, stored.path("session").asText());
        assertEquals(scenario, stored.path("scenario").path("id").asText());
        assertEquals("ended", stored.path("outcome").asText());
        assertGrade(stored.path("turns").get(1).path("grade"), REPLY, CUSTOMER_IDS);
        assertTrue(stored.path("turns").get(2).path("mood").path("level").isInt(), stored.toString());
    }

    @Test
    void main_readsHotseatEnvironmentVariables_andPrintsTheUrlItReallyListensOn() throws Exception {
        Path root = Path.of(System.getProperty("hotseat.root", ".")).toAbsolutePath();
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main")
                .directory(hotseat.temp().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        launch.environment().putAll(Map.of("HOTSEAT_PORT", "0", "HOTSEAT_DATA", hotseat.temp().resolve("env-data").toString(),
                "HOTSEAT_PROMPTS", root.resolve("src/test/resources/fixture-prompts").toString(), "HOTSEAT_COACH_TOKEN", "env-token"));
        Process main = launch.start();
        try (var out = new BufferedReader(new InputStreamReader(main.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();

            assertTrue(line != null && line.matches("Listening on http://[^:/]+:[1-9][0-9]*"), line);
            String url = line.substring("Listening on ".length());
            var http = HttpClient.newHttpClient();
            var scenarios = http.send(HttpRequest.newBuilder(URI.create(url + "/api/scenarios"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var problems = http.send(HttpRequest.newBuilder(URI.create(url + "/api/prompts/problems"))
                    .header("Authorization", "Bearer env-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(http("/api/scenarios").size(), JSON.readTree(scenarios.body()).size(), "prompts from HOTSEAT_PROMPTS");
            assertEquals(200, problems.statusCode(), "coach token from HOTSEAT_COACH_TOKEN");
            assertTrue(Files.exists(hotseat.temp().resolve("env-data").resolve("hotseat.db")), "data in HOTSEAT_DATA");
        } finally {
            main.destroy();
            main.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void assertGrade(JsonNode grade, String reply, Map<String, String> builtIn) {
        assertTrue(grade.path("score").isInt(), grade.toString());
        assertTrue(grade.path("score").asInt() >= 0 && grade.path("score").asInt() <= 100, grade.toString());
        assertTrue(grade.path("summary").isTextual(), grade.toString());
        Map<String, String> seen = new HashMap<>();
        for (JsonNode c : grade.path("criteria")) {
            seen.put(c.path("id").asText(), c.path("polarity").asText());
            assertTrue(Set.of("positive", "negative").contains(c.path("polarity").asText()), c.toString());
            assertTrue(c.path("detected").isBoolean() && c.path("confidence").isNumber(), c.toString());
            double confidence = c.path("confidence").asDouble();
            assertTrue(confidence >= 0 && confidence <= 1, c.toString());
            assertTrue(c.path("evidence").isTextual() && c.path("tip").isTextual(), c.toString());
            String evidence = c.path("evidence").asText();
            assertTrue(c.path("detected").asBoolean() ? !evidence.isEmpty() && reply.contains(evidence) : evidence.isEmpty(),
                    "evidence must be verbatim when detected, empty otherwise: " + c);
        }
        builtIn.forEach((id, polarity) -> assertEquals(polarity, seen.get(id), "built-in criterion " + id + " in " + seen));
        assertTrue(grade.path("criteria").findValuesAsText("detected").contains("true"), "something was detected: " + grade);
    }

    private static Map<String, String> ids(String positive, String negative) {
        Map<String, String> ids = new HashMap<>();
        List.of(positive.split(" ")).forEach(id -> ids.put(id, "positive"));
        List.of(negative.split(" ")).forEach(id -> ids.put(id, "negative"));
        return ids;
    }

    private static void assertText(JsonNode node, String field) {
        assertTrue(node.path(field).isTextual() && !node.path(field).asText().isBlank(), field + " in " + node);
    }

    private static String body(String mode, String reply) throws Exception {
        return JSON.writeValueAsString(Map.of("mode", mode, "context", "Where is my order?", "reply", reply));
    }

    private static JsonNode http(String path) throws Exception {
        return JSON.readTree(hotseat.get(path).body());
    }
}

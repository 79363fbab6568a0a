package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class HttpApiTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void scenarios_areListedWithModeTitleAndDifficulty() throws Exception {
        JsonNode list = TestServer.json(hotseat.get("/api/scenarios"));

        assertEquals(2, list.size());
        assertEquals("late-parcel", list.get(0).path("id").asText());
        assertEquals("customer", list.get(0).path("mode").asText());
        assertEquals("medium", list.get(0).path("difficulty").asText());
    }

    @Test
    void evaluate_gradesOneReply_withEvidenceFromIt() throws Exception {
        HttpResponse<String> response = hotseat.post("/api/evaluate",
                "{\"mode\":\"customer\",\"context\":\"Where is my parcel?\",\"reply\":\"I'm so sorry\"}");

        JsonNode grade = TestServer.json(response);
        assertEquals(200, response.statusCode());
        JsonNode apology = grade.path("criteria").get(0);
        assertEquals("apology", apology.path("id").asText());
        assertEquals("sorry", apology.path("evidence").asText());
        assertEquals("positive", apology.path("polarity").asText());
    }

    @ParameterizedTest(name = "{0} -> 400 {1}")
    @CsvSource(delimiter = '|', value = {
        "{oops|bad-json|{oops",
        "{\"mode\":\"sales\",\"reply\":\"hi\"}|bad-message|sales",
        "{\"mode\":\"interview\",\"reply\":\"  \"}|empty-reply|"})
    void evaluate_withABadBody_answers400_namingTheProblemAndQuotingTheInput(String body, String error, String quoted) {
        HttpResponse<String> response = hotseat.post("/api/evaluate", body);

        JsonNode answer = TestServer.json(response);
        assertEquals(400, response.statusCode());
        assertEquals(error, answer.path("error").asText(), answer.toString());
        assertTrue(answer.path("message").asText().contains(quoted == null ? "" : quoted), answer.toString());
    }

    @Test
    void unknownSession_answers404WithTheId() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/sessions/../../etc/passwd");

        assertEquals(404, response.statusCode());
        assertTrue(!response.body().contains("root:"), "no file content: " + response.body());
    }

    @Test
    void unknownSessionId_isQuotedInTheError() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/sessions/abc123");

        assertEquals(404, response.statusCode());
        assertEquals("unknown-session", TestServer.json(response).path("error").asText());
        assertTrue(TestServer.json(response).path("message").asText().contains("abc123"));
    }

    @Test
    void unknownApiRoute_answers404AsJson() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/nope");

        assertEquals(404, response.statusCode());
        assertEquals("not-found", TestServer.json(response).path("error").asText());
    }

    @Test
    void promptProblems_withoutToken_answer401() throws Exception {
        HttpResponse<String> response = hotseat.server().getBare("/api/prompts/problems");

        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", TestServer.json(response).path("error").asText());
    }

    @Test
    void promptProblems_withWrongToken_answer401() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/prompts/problems", "Authorization", "Bearer guess");

        assertEquals(401, response.statusCode());
    }

    @Test
    void promptProblems_withCoachToken_listFileAndLine() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/prompts/problems",
                "Authorization", "Bearer " + TestServer.COACH_TOKEN);

        assertEquals(200, response.statusCode());
        JsonNode problem = TestServer.json(response).get(0);
        assertEquals("scenarios/broken.md", problem.path("file").asText());
        assertEquals(3, problem.path("line").asInt());
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile HTTP input: huge and malformed bodies, wrong coach credentials, guessable ids. */
@Timeout(30)
class HttpHardeningTest {
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void fiveMegabyteEvaluateBody_isRefusedWith413AsJson_andTheServerStillAnswers() throws Exception {
        String huge = "{\"mode\":\"customer\",\"context\":\"Well?\",\"reply\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";

        // As curl does for big bodies: the server can refuse before the upload, so the answer always arrives.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + hotseat.port() + "/api/evaluate")).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("body-too-large", TestServer.json(response).path("error").asText(), response.body());
        assertTrue(TestServer.json(response).path("message").asText().contains("65536"), response.body());
        assertEquals(200, hotseat.post("/api/evaluate", "{\"mode\":\"customer\",\"reply\":\"I'm sorry\"}").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "\"just a string\"", "42", "{\"mode\":\"customer\",\"reply\":\"hi\"",
        "{\"mode\":\"customer\",\"reply\":\"hi\"} trailing"})
    void bodyThatIsNotOneJsonObject_isRefusedWithBadJson(String text) throws Exception {
        HttpResponse<String> response = hotseat.post("/api/evaluate", text);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("bad-json", TestServer.json(response).path("error").asText(), response.body());
    }

    @Test
    void deeplyNestedJson_isRefusedWithBadJson_notAStackOverflow() throws Exception {
        String nested = "[".repeat(20_000) + "]".repeat(20_000);

        HttpResponse<String> response = hotseat.post("/api/evaluate", nested);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("bad-json", TestServer.json(response).path("error").asText());
    }

    @Test
    void replyThatIsNotText_isRefused_notGradedAsItsJson() throws Exception {
        HttpResponse<String> response = hotseat.post("/api/evaluate", "{\"mode\":\"customer\",\"reply\":{\"a\":\"sorry\"}}");

        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void errorMessages_quoteABadBodyShortly_notWhole() throws Exception {
        HttpResponse<String> response = hotseat.post("/api/evaluate", "{" + "x".repeat(50_000));

        assertEquals(400, response.statusCode());
        assertTrue(TestServer.json(response).path("message").asText().length() < 300, response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer coach-secre", "Bearer coach-secretX", "Bearer xcoach-secret",
        "Basic coach-secret", "coach-secret", "Bearer coach-secret, Bearer x", "Bearer COACH-SECRET"})
    void coachRoute_refusesEveryCredentialButTheExactToken(String authorization) throws Exception {
        HttpResponse<String> response = hotseat.get("/api/prompts/problems", "Authorization", authorization);

        assertEquals(401, response.statusCode(), authorization);
        assertEquals("unauthorized", TestServer.json(response).path("error").asText());
        assertFalse(response.body().contains("scenarios/broken.md"), "no problems leak to a stranger");
    }

    @Test
    void coachRoute_refusesTheTokenInTheQueryString() throws Exception {
        assertEquals(401, hotseat.server().getBare("/api/prompts/problems?token=" + TestServer.COACH_TOKEN).statusCode());
    }

    @Test
    void coachRoute_acceptsTheBearerSchemeInAnyCase() throws Exception {
        HttpResponse<String> response = hotseat.get("/api/prompts/problems", "Authorization", "bearer " + TestServer.COACH_TOKEN);

        assertEquals(200, response.statusCode());
    }

    @Test
    void sessionIds_areRandomVersion4Uuids() {
        try (ChatClient one = hotseat.chat(); ChatClient two = hotseat.chat()) {
            String first = one.start("late-parcel", "practice");
            String second = two.start("late-parcel", "practice");

            assertTrue(first.matches(UUID_V4), first);
            assertTrue(second.matches(UUID_V4), second);
            assertNotEquals(first, second);
        }
    }
}

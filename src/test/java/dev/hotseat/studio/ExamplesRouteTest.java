package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.Waiting;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18 item 6: "this grade is wrong" saves the reply as an example of the marked criteria in the rubric file,
 * as a version that can be reverted, and the evaluator grades by it once the rubric is reloaded.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExamplesRouteTest {
    // No line answered: the reader embeds an example on its own, and a reply read after a customer's line is
    // embedded with that line, which moves it (decisions-people.md, "Coaches teach by example"). Graded alone,
    // a copy of an example is read as the example says.
    private static final String CONTEXT = "";

    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    private static JsonNode grade(String reply) {
        HttpResponse<String> r = studio.server().post("/api/evaluate", "{\"mode\":\"customer\",\"context\":" + quote(CONTEXT)
                + ",\"reply\":" + quote(reply) + "}", null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static boolean detected(JsonNode grade, String criterion) {
        for (JsonNode c : grade.path("criteria")) {
            if (c.path("id").asText().equals(criterion)) {
                return c.path("detected").asBoolean();
            }
        }
        throw new AssertionError("no " + criterion + " in " + grade);
    }

    private static HttpResponse<String> wrong(String reply, String criterion, boolean shown) {
        return studio.server().post("/api/coach/rubrics/customer/examples", "{\"reply\":" + quote(reply)
                + ",\"marks\":[{\"criterion\":" + quote(criterion) + ",\"shown\":" + shown + "}],\"author\":\"Ana\"}", TOKEN);
    }

    // The rubric is reloaded when the library next looks at the folder; the grade follows it.
    private static void until(String reply, String criterion, boolean shown) {
        JsonNode[] last = new JsonNode[1];
        try {
            Waiting.until(Duration.ofSeconds(30), criterion + " " + shown + " for '" + reply + "'",
                    () -> detected(last[0] = grade(reply), criterion) == shown);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the last grade: " + last[0], e);
        }
    }

    @Test
    void aReplyTheGradeMissed_savedAsAnExample_isGradedAsShown_andTheVersionCanBeReverted() throws Exception {
        // given a plain apology the grade misses (or not: the test takes the first skill it misses)
        String reply = "Totally my bad.";
        String missed = null;
        JsonNode before = grade(reply);
        for (String c : new String[] {"apology", "ownership", "empathy"}) {
            if (!detected(before, c)) {
                missed = c;
                break;
            }
        }
        assertTrue(missed != null, "the grade already found every skill tried: " + before);
        String original = Files.readString(studio.server().prompts().resolve("rubrics/customer.md"));

        // when the coach says it shows that skill
        HttpResponse<String> saved = wrong(reply, missed, true);

        // then the rubric lists it under that criterion's examples, live, as a new version
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(json(saved).path("live").asBoolean(), saved.body());
        String file = Files.readString(studio.server().prompts().resolve("rubrics/customer.md"));
        assertTrue(file.contains(reply), "the example is in the file");
        assertTrue(original.lines().filter(l -> l.strip().startsWith("#")).allMatch(file::contains), "every comment kept");
        // and the evaluator grades the same words as showing it
        until(reply, missed, true);

        // when the coach goes back to the version before
        JsonNode versions = json(studio.server().get("/api/coach/rubrics/customer/versions", TOKEN));
        int first = versions.get(versions.size() - 1).path("version").asInt();
        HttpResponse<String> reverted = studio.server().post("/api/coach/rubrics/customer/revert", "{\"version\":" + first
                + ",\"base\":" + quote(json(saved).path("hash").asText()) + ",\"author\":\"Ana\"}", TOKEN);

        // then the file is as it was, and the grade too
        assertEquals(200, reverted.statusCode(), reverted.body());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("rubrics/customer.md")));
        until(reply, missed, false);
    }

    @Test
    void anUnknownCriterion_aContradiction_orNoReply_isRefusedWithAClearError_andNothingIsSaved() throws Exception {
        String original = Files.readString(studio.server().prompts().resolve("rubrics/customer.md"));

        HttpResponse<String> unknown = wrong("Fine.", "telepathy", true);
        HttpResponse<String> contradicts = wrong("Sorry if you were offended.", "apology", true);
        HttpResponse<String> empty = wrong("  ", "apology", true);
        HttpResponse<String> stranger = studio.server().post("/api/coach/rubrics/customer/examples",
                "{\"reply\":\"x\",\"marks\":[{\"criterion\":\"apology\",\"shown\":true}]}", null);

        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("unknown-criterion", json(unknown).path("error").asText());
        assertTrue(json(unknown).path("message").asText().contains("rubrics/customer.md"), unknown.body());
        assertEquals(409, contradicts.statusCode(), contradicts.body());
        assertEquals("contradicts", json(contradicts).path("error").asText());
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(401, stranger.statusCode(), stranger.body());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("rubrics/customer.md")));
    }
}

package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 20 item 2: a studio save is a draft only coaches see; publishing makes it the file learners get. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PublishRoutesTest {
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    private static JsonNode open(String kind, String id) {
        HttpResponse<String> r = studio.server().get("/api/coach/" + kind + "/" + id, TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static JsonNode save(String id, String text, String base) {
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/" + id, "{\"text\":" + quote(text)
                + ",\"base\":" + quote(base) + ",\"author\":\"Ana\"}", TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static HttpResponse<String> publish(String id, int version, String base, boolean force) {
        return studio.server().post("/api/coach/scenarios/" + id + "/publish", "{\"version\":" + version + ",\"base\":"
                + quote(base) + ",\"author\":\"Ana\",\"force\":" + force + "}", TOKEN);
    }

    private static String learnersList() {
        return studio.server().get("/api/scenarios", null).body();
    }

    private static JsonNode listed(String id) {
        for (JsonNode e : json(studio.server().get("/api/coach/prompts", TOKEN)).path("scenarios")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(id + " is not in the studio's list");
    }

    private static Path file(String id) {
        return studio.server().prompts().resolve("scenarios/" + id + ".md");
    }

    @Test
    void anEditedScenario_isADraft_learnersKeepTheLiveFile_untilItIsPublished() throws Exception {
        // given a coach who saves a new title for estimated-bill
        JsonNode opened = open("scenarios", "estimated-bill");
        String live = opened.path("text").asText();
        String edited = live.replaceFirst("(?m)^title: .*$", "title: A bill twice the usual");
        JsonNode saved = save("estimated-bill", edited, opened.path("hash").asText());

        // then the file and the learners' list are unchanged, and the studio shows the draft beside the live version
        assertEquals(live, Files.readString(file("estimated-bill")));
        assertFalse(learnersList().contains("A bill twice the usual"));
        JsonNode entry = listed("estimated-bill");
        assertEquals(saved.path("version").asInt(), entry.path("draft").asInt(), entry.toString());
        assertEquals(opened.path("hash").asText(), entry.path("published").path("hash").asText());
        assertEquals(edited, open("scenarios", "estimated-bill").path("text").asText());

        // when it is published
        HttpResponse<String> published = publish("estimated-bill", saved.path("version").asInt(),
                opened.path("published").path("hash").asText(), true);

        // then it is the live file, as a new version, and no draft is left
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(edited, Files.readString(file("estimated-bill")));
        JsonNode after = listed("estimated-bill");
        assertTrue(after.path("draft").isNull(), after.toString());
        assertEquals(json(published).path("version").asInt(), after.path("published").path("version").asInt());
    }

    @Test
    void aNewScenario_savedAsADraft_isListedForCoaches_butNotForLearners() {
        String text = json(studio.server().post("/api/coach/drafts", "{\"id\":\"only-a-draft\",\"from\":\"template:customer\"}",
                TOKEN)).path("text").asText();

        JsonNode saved = save("only-a-draft", text, "none");

        assertFalse(Files.exists(file("only-a-draft")));
        assertFalse(learnersList().contains("only-a-draft"));
        JsonNode entry = listed("only-a-draft");
        assertEquals(saved.path("version").asInt(), entry.path("draft").asInt());
        assertEquals("none", entry.path("published").path("hash").asText());
        assertEquals(text, open("scenarios", "only-a-draft").path("text").asText());
    }

    @Test
    void aNewScenarioNamedLikeATriedDraft_isRefused() {
        HttpResponse<String> made = studio.server().post("/api/coach/drafts", "{\"id\":\"draft-lamp\"}", TOKEN);
        HttpResponse<String> saved = studio.server().post("/api/coach/scenarios/draft-lamp",
                "{\"text\":\"x\",\"base\":\"none\"}", TOKEN);

        assertEquals(400, made.statusCode(), made.body());
        assertEquals("bad-id", json(made).path("error").asText());
        assertTrue(json(made).path("message").asText().contains("'draft-lamp'"), made.body());
        assertEquals(400, saved.statusCode(), saved.body());
        assertFalse(Files.exists(file("draft-lamp")));
    }

    @Test
    void aDraftWhoseTestDriveFails_isPublishedOnlyWithForce() throws Exception {
        // given a draft of double-charge with one opening line (it loads, but the test-drive says it is not ready)
        JsonNode opened = open("scenarios", "double-charge");
        List<String> lines = new ArrayList<>(opened.path("text").asText().lines().toList());
        int opening = lines.indexOf("  opening:");
        while (lines.get(opening + 2).strip().startsWith("- ")) {
            lines.remove(opening + 2);
        }
        String thin = String.join("\n", lines) + "\n";
        int version = save("double-charge", thin, opened.path("hash").asText()).path("version").asInt();
        String base = opened.path("published").path("hash").asText();

        // when it is published without, then with force
        HttpResponse<String> refused = publish("double-charge", version, base, false);
        String unchanged = Files.readString(file("double-charge"));
        HttpResponse<String> forced = publish("double-charge", version, base, true);

        // then the first is refused with the drive's verdict and nothing changes; the forced one goes live
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("drive-failed", json(refused).path("error").asText());
        assertTrue(json(refused).path("message").asText().contains("force"), refused.body());
        assertEquals(opened.path("text").asText(), unchanged);
        assertEquals(200, forced.statusCode(), forced.body());
        assertEquals(thin, Files.readString(file("double-charge")));
    }

    @Test
    void publishingFromAStaleBase_orAVersionThatIsNotThere_isRefused_andNothingChanges() throws Exception {
        JsonNode opened = open("scenarios", "late-parcel");
        String edited = opened.path("text").asText().replaceFirst("(?m)^title: .*$", "title: Stale");
        int version = save("late-parcel", edited, opened.path("hash").asText()).path("version").asInt();

        HttpResponse<String> stale = publish("late-parcel", version, "0".repeat(64), true);
        HttpResponse<String> missing = publish("late-parcel", 999, opened.path("published").path("hash").asText(), true);
        HttpResponse<String> noBase = studio.server().post("/api/coach/scenarios/late-parcel/publish", "{\"version\":" + version + "}", TOKEN);

        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("conflict", json(stale).path("error").asText());
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(400, noBase.statusCode(), noBase.body());
        assertEquals(opened.path("text").asText(), Files.readString(file("late-parcel")));
    }
}

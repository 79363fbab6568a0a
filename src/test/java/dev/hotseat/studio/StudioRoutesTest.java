package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The studio's HTTP routes on a real server over a temporary copy of the fixture library. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StudioRoutesTest {
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    private static JsonNode newDraft(String id, String from) {
        HttpResponse<String> r = studio.server().post("/api/coach/drafts", "{\"id\":" + quote(id) + ",\"from\":" + quote(from) + "}", TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static HttpResponse<String> save(String kind, String id, String text, String base, String author) {
        return studio.server().post("/api/coach/" + kind + "/" + id, "{\"text\":" + quote(text) + ",\"base\":" + quote(base)
                + ",\"author\":" + quote(author) + "}", TOKEN);
    }

    private static HttpResponse<String> publish(String kind, String id, int version, String base, boolean force) {
        return studio.server().post("/api/coach/" + kind + "/" + id + "/publish", "{\"version\":" + version + ",\"base\":"
                + quote(base) + ",\"author\":\"Ana\",\"force\":" + force + "}", TOKEN);
    }

    private static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void everyStudioRoute_isRefusedWithoutTheCoachCredential_orWithAWrongToken() {
        // given every studio route, and a caller with no credential or a wrong one
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/coach/prompts"}, new String[] {"POST", "/api/coach/drafts"},
                new String[] {"POST", "/api/coach/cards"}, new String[] {"POST", "/api/coach/lint"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/form"}, new String[] {"GET", "/api/coach/scenarios/late-parcel"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/check"},
                new String[] {"GET", "/api/coach/scenarios/late-parcel/versions"},
                new String[] {"GET", "/api/coach/scenarios/late-parcel/versions/1"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/revert"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/publish"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/drive"},
                new String[] {"POST", "/api/coach/scenarios/late-parcel/try"},
                new String[] {"POST", "/api/coach/rubrics/customer/measure"},
                new String[] {"GET", "/api/coach/scenarios/late-parcel/card.json"},
                new String[] {"GET", "/api/coach/scenarios/late-parcel/card.png"});
        for (String token : new String[] {null, "not-the-token"}) {
            for (String[] route : routes) {
                // when it calls the route
                HttpResponse<String> r = route[0].equals("GET") ? studio.server().get(route[1], token)
                        : studio.server().post(route[1], "{\"text\":\"x\",\"base\":\"none\",\"id\":\"x\"}", token);
                // then it is refused with 401 and a message, as every coach route is (web/RoleCheck)
                assertEquals(401, r.statusCode(), route[0] + " " + route[1] + " with " + token + ": " + r.body());
                assertEquals("unauthorized", json(r).path("error").asText(), r.body());
            }
        }
        assertEquals(401, studio.server().get("/api/prompts/problems", null).statusCode());
    }

    @Test
    void aScenarioFromTheTemplate_savedAndPublishedInTheStudio_isStartedByALearner_withoutARestart() throws Exception {
        // given a new scenario from the customer template
        JsonNode draft = newDraft("studio-saved", "template:customer");
        assertEquals(List.of(), draft.path("problems").findValuesAsText("message"), draft.toString());
        String text = draft.path("text").asText().replace("title: A customer with a broken order",
                "title: A lamp in pieces");

        // when the coach saves it, then publishes it
        HttpResponse<String> saved = save("scenarios", "studio-saved", text, "none", "Ana");
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> published = publish("scenarios", "studio-saved", json(saved).path("version").asInt(), "none", false);

        // then it is on disk, versioned, and a learner on the running server can start it
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(text, Files.readString(studio.server().prompts().resolve("scenarios/studio-saved.md")));
        try (var files = Files.list(studio.server().prompts().resolve("scenarios"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".saving")), "temp file left behind");
        }
        eventually(() -> studio.server().get("/api/scenarios", null).body().contains("studio-saved"), "scenario listed");
        try (ChatClient learner = ChatClient.connect(studio.server().port())) {
            learner.send("type", "start", "scenario", "studio-saved", "mode", "practice");
            assertEquals("A lamp in pieces", learner.next("started").path("scenario").path("title").asText());
        }
        JsonNode versions = json(studio.server().get("/api/coach/scenarios/studio-saved/versions", TOKEN));
        assertEquals(2, versions.size(), "the draft, then its publishing: " + versions);
        assertEquals("Ana", versions.get(1).path("author").asText());
        assertTrue(versions.get(1).path("diff").asText().contains("+ title: A lamp in pieces"), versions.toString());
        assertEquals("Ana (published version 1)", versions.get(0).path("author").asText());
    }

    @Test
    void twoCoachesEditingOneFile_theSecondSaveIsRefusedWithAConflict_andTheFirstEditStays() throws Exception {
        // given two coaches who opened the same file
        JsonNode opened = json(studio.server().get("/api/coach/scenarios/estimated-bill", TOKEN));
        String base = opened.path("hash").asText();
        String original = opened.path("text").asText();
        String first = original.replaceFirst("(?m)^title: .*$", "title: First coach's title");
        String second = original.replaceFirst("(?m)^title: .*$", "title: Second coach's title");

        // when both save from the same base
        HttpResponse<String> one = save("scenarios", "estimated-bill", first, base, "First");
        HttpResponse<String> two = save("scenarios", "estimated-bill", second, base, "Second");

        // then the first is saved (as the draft) and the second refused with a clear conflict, nothing overwritten
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(409, two.statusCode(), two.body());
        assertEquals("conflict", json(two).path("error").asText());
        assertTrue(json(two).path("message").asText().contains("saved by First"), two.body());
        assertEquals(first, json(studio.server().get("/api/coach/scenarios/estimated-bill", TOKEN)).path("text").asText());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("scenarios/estimated-bill.md")));
    }

    @Test
    void revert_restoresTheEarlierVersion_asANewVersionWithItsDiff() throws Exception {
        // given a shipped file edited once in the studio and published
        JsonNode opened = json(studio.server().get("/api/coach/scenarios/hotel-overbooked", TOKEN));
        String original = opened.path("text").asText();
        String edited = original.replaceFirst("(?m)^summary: .*$", "summary: Edited in the studio.");
        JsonNode saved = json(save("scenarios", "hotel-overbooked", edited, opened.path("hash").asText(), "Ana"));
        JsonNode live = json(publish("scenarios", "hotel-overbooked", saved.path("version").asInt(),
                opened.path("published").path("hash").asText(), true));
        JsonNode versions = json(studio.server().get("/api/coach/scenarios/hotel-overbooked/versions", TOKEN));
        assertEquals(3, versions.size(), "the file as found, the edit, its publishing: " + versions);
        int before = versions.get(2).path("version").asInt();

        // when the coach reverts to the version before the edit
        HttpResponse<String> reverted = studio.server().post("/api/coach/scenarios/hotel-overbooked/revert", "{\"version\":"
                + before + ",\"base\":" + quote(live.path("hash").asText()) + ",\"author\":\"Ana\",\"force\":true}", TOKEN);

        // then the file is the original again, and the revert is itself a version
        assertEquals(200, reverted.statusCode(), reverted.body());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("scenarios/hotel-overbooked.md")));
        JsonNode after = json(studio.server().get("/api/coach/scenarios/hotel-overbooked/versions", TOKEN));
        assertEquals(4, after.size());
        assertTrue(after.get(0).path("author").asText().contains("back to version " + before), after.toString());
        assertTrue(after.get(0).path("diff").asText().contains("- summary: Edited in the studio."), after.toString());
    }

    @Test
    void yamlBrokenMidEdit_getsTheLineAndFix_andNothingIsSaved() throws Exception {
        // given a file with a header broken mid-edit (an unclosed quote)
        JsonNode opened = json(studio.server().get("/api/coach/scenarios/roaming-charges", TOKEN));
        String original = opened.path("text").asText();
        String broken = original.replaceFirst("(?m)^title: .*$", "title: \"Roaming");
        int line = (int) original.substring(0, original.indexOf("\ntitle:") + 1).lines().count() + 1;

        // when it is checked, then saved
        JsonNode checked = json(studio.server().post("/api/coach/scenarios/roaming-charges/check", "{\"text\":" + quote(broken) + "}", TOKEN));
        HttpResponse<String> save = save("scenarios", "roaming-charges", broken, opened.path("hash").asText(), "Ana");

        // then the check names the file and a line at or after the break, the save is refused, the file unchanged
        JsonNode problem = checked.path("problems").get(0);
        assertEquals("scenarios/roaming-charges.md", problem.path("file").asText());
        assertTrue(problem.path("line").asInt() >= line, checked.toString());
        assertTrue(problem.path("message").asText().contains("YAML"), checked.toString());
        assertEquals(422, save.statusCode(), save.body());
        assertEquals("invalid-prompt", json(save).path("error").asText());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("scenarios/roaming-charges.md")));
        assertEquals(0, json(studio.server().get("/api/coach/scenarios/roaming-charges/versions", TOKEN)).size());
    }

    @Test
    void anIdThatClashes_orCouldBeAPath_isRefused_andNothingIsWritten() throws Exception {
        // when a coach makes a new scenario with a taken id, saves a new file over an existing one, or uses a path
        HttpResponse<String> taken = studio.server().post("/api/coach/drafts", "{\"id\":\"late-parcel\"}", TOKEN);
        String text = Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md"));
        HttpResponse<String> overwrite = save("scenarios", "late-parcel", text + "\nmore", "none", "Ana");
        HttpResponse<String> path = studio.server().post("/api/coach/drafts", "{\"id\":\"../../etc/passwd\"}", TOKEN);
        HttpResponse<String> encoded = studio.server().get("/api/coach/scenarios/..%2F..%2Fpom", TOKEN);

        // then each is refused with what to do, and the file is untouched
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals("id-taken", json(taken).path("error").asText());
        assertEquals(409, overwrite.statusCode(), overwrite.body());
        assertEquals("id-taken", json(overwrite).path("error").asText());
        assertEquals(400, path.statusCode(), path.body());
        assertTrue(json(path).path("message").asText().contains("'../../etc/passwd'"), path.body());
        assertTrue(encoded.statusCode() == 400 || encoded.statusCode() == 404, encoded.body());
        assertEquals(text, Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md")));
    }

    @Test
    void testDrive_showsEachScriptedRepsTranscript_withOutcomeAndMoods() {
        // given the customer template as a draft
        String text = newDraft("studio-drive", "template:customer").path("text").asText();

        // when the coach test-drives it
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/studio-drive/drive", "{\"text\":" + quote(text) + "}", TOKEN);

        // then every scripted rep is there with its transcript, the good rep resolves and the bad one loses them
        assertEquals(200, r.statusCode(), r.body());
        JsonNode drive = json(r);
        assertTrue(drive.path("ok").asBoolean(), drive.path("verdict").asText());
        List<String> reps = drive.path("reps").findValuesAsText("rep");
        // lint's reps grow as the evaluator learns new tricks to resist; these three come first
        assertEquals(List.of("good rep", "bad rep", "sorry-only rep"), reps.subList(0, Math.min(3, reps.size())), reps.toString());
        JsonNode good = drive.path("reps").get(0);
        assertEquals("resolved", good.path("outcome").asText());
        assertTrue(good.path("turns").size() >= 3);
        assertEquals("partner", good.path("turns").get(0).path("speaker").asText());
        assertTrue(good.path("turns").get(0).path("mood").path("level").isInt(), good.toString());
        assertEquals("walked-out", drive.path("reps").get(1).path("outcome").asText());
        assertFalse(Files.exists(studio.server().prompts().resolve("scenarios/studio-drive.md")), "a drive saves nothing");
    }

    @Test
    void tryItYourself_startsAPracticeChatOnTheUnsavedDraft_underAnIdOnlyTheCoachIsGiven() {
        // given an unsaved draft with its own title
        String text = newDraft("studio-try", "template:customer").path("text").asText()
                .replace("title: A customer with a broken order", "title: Only a draft");

        // when the coach asks to try it, and a session starts with the id they are given
        JsonNode tried = json(studio.server().post("/api/coach/scenarios/studio-try/try", "{\"text\":" + quote(text) + "}", TOKEN));
        String draftId = tried.path("draft").asText();

        // then the chat plays the draft, which is neither saved nor listed
        assertTrue(draftId.matches("draft-[0-9a-f]{24}"), tried.toString());
        assertEquals("/?try=" + draftId, tried.path("url").asText());
        try (ChatClient chat = ChatClient.connect(studio.server().port())) {
            chat.send("type", "start", "scenario", draftId, "mode", "practice");
            assertEquals("Only a draft", chat.next("started").path("scenario").path("title").asText());
            assertFalse(chat.next("partner").path("text").asText().isBlank());
        }
        assertFalse(studio.server().get("/api/scenarios", null).body().contains(draftId));
        assertFalse(Files.exists(studio.server().prompts().resolve("scenarios/studio-try.md")));
    }

    @Test
    void aRubricEdit_isMeasuredOnTheLabelledReplies_beforeAndAfter() throws Exception {
        // given the customer rubric with the apology criterion reading another act (parroting) and no examples
        String rubric = json(studio.server().get("/api/coach/rubrics/customer", TOKEN)).path("text").asText();
        int at = rubric.indexOf("  - id: apology");
        int next = rubric.indexOf("  - id: ", at + 5);
        String edited = rubric.substring(0, at) + """
                  - id: apology
                    polarity: positive
                    role: heard
                    weight: 15
                    name: Sincere apology
                    reads: [parrot]
                    tip: Say sorry for the problem itself.

                """ + rubric.substring(next);

        // when the coach measures the edit
        HttpResponse<String> r = studio.server().post("/api/coach/rubrics/customer/measure", "{\"text\":" + quote(edited) + "}", TOKEN);

        // then the figures before and after are shown, and apology's recall fell
        assertEquals(200, r.statusCode(), r.body());
        JsonNode m = json(r);
        assertTrue(m.path("after").path("replies").asInt() > 0, r.body());
        double before = recall(m.path("before"), "apology");
        double after = recall(m.path("after"), "apology");
        assertTrue(after < before, "apology recall " + before + " -> " + after);
    }

    private static double recall(JsonNode figures, String id) {
        for (JsonNode row : figures.path("criteria")) {
            if (row.path("id").asText().equals(id)) {
                return row.path("recall").asDouble();
            }
        }
        throw new AssertionError("no " + id + " in " + figures);
    }

    @Test
    void theFormView_rewritesOnlyThePartItEdits_andKeepsEveryComment() throws Exception {
        // given a shipped scenario full of comments
        String original = Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md"));
        String persona = "{\"name\":\"Dee\",\"role\":\"a customer who paid for next-day delivery\",\"voice\":\"clipped\"}";
        String hidden = "[{\"id\":\"event\",\"text\":\"It's for a wedding.\",\"askedBy\":[\"wedding\",\"for\"]}]";

        // when the form sets the persona, then the hidden facts
        JsonNode one = json(studio.server().post("/api/coach/scenarios/late-parcel/form", "{\"text\":" + quote(original)
                + ",\"key\":\"persona\",\"value\":" + persona + "}", TOKEN));
        JsonNode two = json(studio.server().post("/api/coach/scenarios/late-parcel/form", "{\"text\":" + quote(one.path("text").asText())
                + ",\"key\":\"hiddenFacts\",\"value\":" + hidden + "}", TOKEN));

        // then those parts changed, every comment line is still there, the file still reads, and nothing was saved
        String text = two.path("text").asText();
        assertEquals(List.of(), two.path("problems").findValuesAsText("message"), text);
        assertEquals("Dee", two.path("header").path("persona").path("name").asText());
        assertEquals("It's for a wedding.", two.path("header").path("hiddenFacts").get(0).path("text").asText());
        for (String line : original.lines().filter(l -> l.strip().startsWith("#")).toList()) {
            assertTrue(text.contains(line), "comment lost: " + line);
        }
        assertTrue(text.contains("lines:\n  opening:"), "untouched parts keep their layout");
        assertEquals(original, Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md")));
    }

    @Test
    void aRubricsFormEdit_changesOneCriterion_andLeavesTheOthersAsWritten() throws Exception {
        // given the shipped customer rubric
        String original = Files.readString(studio.server().prompts().resolve("rubrics/customer.md"));
        String criterion = "{\"id\":\"apology\",\"polarity\":\"positive\",\"weight\":15,\"name\":\"Sincere apology\","
                + "\"cues\":[\"\\\\bsorry\\\\b\"],\"exemplars\":[\"I'm so sorry about this.\"],\"threshold\":0.75,"
                + "\"tip\":\"Say sorry for the problem itself.\"}";

        // when the form sets the apology criterion's cues, exemplars and threshold
        JsonNode answer = json(studio.server().post("/api/coach/rubrics/customer/form", "{\"text\":" + quote(original)
                + ",\"key\":\"criteria/apology\",\"value\":" + criterion + "}", TOKEN));

        // then the rubric still reads, apology has the new settings, and every other line is as it was
        String text = answer.path("text").asText();
        assertEquals(List.of(), answer.path("problems").findValuesAsText("message"), text);
        JsonNode apology = null;
        for (JsonNode c : answer.path("header").path("criteria")) {
            if (c.path("id").asText().equals("apology")) {
                apology = c;
            }
        }
        assertEquals(0.75, apology.path("threshold").asDouble(), text);
        assertEquals("\\bsorry\\b", apology.path("cues").get(0).asText());
        int at = original.indexOf("  - id: apology");
        int next = original.indexOf("  - id: ", at + 5);
        assertTrue(text.startsWith(original.substring(0, at)), "before apology unchanged");
        assertTrue(text.endsWith(original.substring(next)), "after apology unchanged");
    }

    @Test
    void lintStatus_forEveryScenario_comesFromTheSameTestDrive() {
        // when the coach asks for every scenario's test-drive
        HttpResponse<String> r = studio.server().post("/api/coach/lint", "{}", TOKEN);

        // then each loaded scenario has a verdict, and the library's play as intended but for its known misses
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = json(r);
        assertTrue(results.size() >= 15, r.body());
        java.util.Set<String> known = dev.hotseat.support.KnownDriveMisses.fixtureLibrary();
        for (JsonNode result : results) {
            assertEquals(!known.contains(result.path("id").asText()), result.path("ok").asBoolean(), result.toString());
            assertFalse(result.path("verdict").asText().isBlank());
        }
    }

    @Test
    void aRubricEditThatWouldBreakTheScenariosItGrades_isShownAsTheirProblems_andNotSaved() throws Exception {
        // given the interview rubric switched to grading customer conversations
        JsonNode opened = json(studio.server().get("/api/coach/rubrics/interview", TOKEN));
        String original = opened.path("text").asText();
        String edited = original.replaceFirst("(?m)^mode: interview", "mode: customer");

        // when it is checked and saved
        JsonNode checked = json(studio.server().post("/api/coach/rubrics/interview/check", "{\"text\":" + quote(edited) + "}", TOKEN));
        HttpResponse<String> save = save("rubrics", "interview", edited, opened.path("hash").asText(), "Ana");

        // then the interviews it grades report the clash, and nothing is written
        assertTrue(checked.path("problems").findValuesAsText("file").contains("scenarios/service-rep-warm.md"), checked.toString());
        assertEquals(422, save.statusCode(), save.body());
        assertEquals(original, Files.readString(studio.server().prompts().resolve("rubrics/interview.md")));
    }

    @Test
    void duplicatingAScenario_givesItsTextUnderTheNewId_withTheCommentsKept() throws Exception {
        // given a shipped scenario
        String original = Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md"));

        // when the coach makes a copy under a new id
        JsonNode copy = newDraft("late-parcel-copy", "late-parcel");

        // then only the id line changed (its comment kept), the copy reads, and nothing is saved yet
        String text = copy.path("text").asText();
        assertEquals(original.replaceFirst("(?m)^id:.*$", ""), text.replaceFirst("(?m)^id:.*$", ""));
        assertTrue(text.lines().anyMatch(l -> l.matches("id: late-parcel-copy\\s+# must equal the file name.*")), text);
        assertEquals(List.of(), copy.path("problems").findValuesAsText("message"));
        assertEquals("none", copy.path("hash").asText());
        assertFalse(Files.exists(studio.server().prompts().resolve("scenarios/late-parcel-copy.md")));
    }
}

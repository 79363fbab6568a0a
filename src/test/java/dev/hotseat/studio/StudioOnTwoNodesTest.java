package dev.hotseat.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import dev.hotseat.support.PostgresServer;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Hotseat nodes on one PostgreSQL database, each with its own copy of the same prompts (as two machines deployed
 * from one artefact), behind a balancer without sticky sessions: what a coach does in the studio on node A opens on
 * node B.
 */
@Needs(Need.POSTGRESQL)
@Timeout(90)
class StudioOnTwoNodesTest {
    private static final String[] COACH = {"Authorization", "Bearer " + TestServer.COACH_TOKEN};
    @TempDir
    Path nodeA;
    @TempDir
    Path nodeB;
    private TestServer a;
    private TestServer b;

    @BeforeEach
    void startTwoNodesOnOneDatabase() {
        String database = PostgresServer.freshDatabase();
        a = node(nodeA, database);
        b = node(nodeB, database);
    }

    @AfterEach
    void stopThem() {
        b.close();
        a.close();
    }

    @Test
    void aDraftTriedOnNodeA_isPlayedByALearnerWhoseSocketLandsOnNodeB() {
        // given a coach on node A trying an unsaved draft with a title of its own
        String text = newDraft(a, "two-node-try").replace("title: A customer with a broken order",
                "title: Tried on node A");
        JsonNode tried = TestServer.json(a.post("/api/coach/scenarios/two-node-try/try",
                "{\"text\":" + StudioServer.quote(text) + "}", COACH));
        String draft = tried.path("draft").asText();
        assertTrue(draft.matches("draft-[0-9a-f]{24}"), tried.toString());

        // when the learner's socket opens on node B and starts the draft
        try (ChatClient chat = b.chat()) {
            chat.send("type", "start", "scenario", draft, "mode", "practice");

            // then node B plays the draft node A was given
            JsonNode started = startedOrError(chat);
            assertEquals("started", started.path("type").asText(), "node B could not open the draft: " + started);
            assertEquals("Tried on node A", started.path("scenario").path("title").asText(), started.toString());
            assertFalse(chat.next("partner").path("text").asText().isBlank());
        }
        // and neither node lists it, nor wrote it as a file
        assertFalse(b.get("/api/scenarios").body().contains(draft));
        assertFalse(a.get("/api/scenarios").body().contains(draft));
        assertFalse(Files.exists(nodeA.resolve("prompts/scenarios/two-node-try.md")));
    }

    @Test
    void aDraftSavedOnNodeA_opensInTheStudioOnNodeB_withItsVersion() {
        // given a coach on node A saving a new scenario as a draft (saved, not published)
        String text = newDraft(a, "two-node-save").replace("title: A customer with a broken order",
                "title: Saved on node A");
        HttpResponse<String> save = a.post("/api/coach/scenarios/two-node-save",
                "{\"text\":" + StudioServer.quote(text) + ",\"base\":\"none\",\"author\":\"Casey\"}", COACH);
        assertEquals(200, save.statusCode(), save.body());
        int version = TestServer.json(save).path("version").asInt();

        // when a coach opens it on node B
        HttpResponse<String> opened = b.get("/api/coach/scenarios/two-node-save", COACH);

        // then node B opens the same draft, at the version node A saved, listed with it
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals(text, TestServer.json(opened).path("text").asText());
        assertEquals(version, TestServer.json(opened).path("draft").asInt());
        assertTrue(b.get("/api/coach/prompts", COACH).body().contains("\"two-node-save\""));
        assertFalse(Files.exists(nodeB.resolve("prompts/scenarios/two-node-save.md")), "a draft is not live");
    }

    /** The answer to a start: {@code started}, or the {@code error} saying why not (so a failure says it). */
    private static JsonNode startedOrError(ChatClient chat) {
        JsonNode message;
        do {
            message = chat.next();
        } while (!message.path("type").asText().equals("started") && !message.path("type").asText().equals("error"));
        return message;
    }

    /** A node as deployed: its own prompts folder (a copy of the same files), the shared database. */
    private static TestServer node(Path dir, String database) {
        FilePromptLibrary library = new FilePromptLibrary(StudioServer.copyPrompts(dir.resolve("prompts")));
        Engines engines = Engines.offline(new KeywordEvaluator(), new ScriptedPartner(new ScenarioDirector()));
        return TestServer.start(TestServer.settings(dir.resolve("data"), "--database", database), engines, library);
    }

    /** A new scenario's text from the customer template, as the studio's "new" gives it. */
    private static String newDraft(TestServer node, String id) {
        HttpResponse<String> made = node.post("/api/coach/drafts",
                "{\"id\":\"" + id + "\",\"from\":\"template:customer\"}", COACH);
        assertEquals(200, made.statusCode(), made.body());
        String text = TestServer.json(made).path("text").asText();
        assertTrue(text.contains("title: A customer with a broken order"), "the template's title changed: " + text);
        return text;
    }
}

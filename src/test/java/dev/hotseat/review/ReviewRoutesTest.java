package dev.hotseat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A coach marks, comments and gives a verdict over HTTP; bad input is refused whole and changes nothing. */
@Timeout(30)
class ReviewRoutesTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private TestServer server;
    private final CoachHttp coach = CoachHttp.coachOf(hotseat);
    private String session;

    @BeforeEach
    void startWithOneGradedReply() {
        server = hotseat.server();
        try (ChatClient chat = server.chat()) {
            session = chat.start("late-parcel", "practice");
            chat.reply("I'm so sorry about the parcel.");
            chat.untilAll("grade", "partner");
        }
    }

    private HttpResponse<String> review(String body) {
        return coach.post("/api/coach/sessions/" + session + "/review", body);
    }

    private JsonNode learnerView() {
        return learnerView(session);
    }

    // As the browser that practised (the test server's own cookie).
    private JsonNode learnerView(String id) {
        return coach.json(server.get("/api/sessions/" + id + "/review"));
    }

    @Test
    void overrideWithReason_changesTheScore_andTheLearnerSeesTheCoachsWord() {
        // given the evaluator found an apology in turn 1 (score 60 with the keyword grader)
        // when the coach says it was not shown, comments and passes the session
        HttpResponse<String> saved = review("""
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"Sorry for the weather, not for us"}],
                 "comments":[{"turn":1,"text":"Name what went wrong before you apologise."}],
                 "verdict":{"pass":true,"reason":"Kept calm throughout"}}""");

        // then the coach's view carries the mark and the score moves by the criterion's weight (1 in the fixture rubric)
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode view = coach.json(saved);
        assertEquals(60, view.path("evaluatorScore").asInt());
        assertEquals(59, view.path("score").asInt());
        JsonNode learner = learnerView();
        JsonNode mark = learner.path("review").path("marks").get(0);
        assertEquals("apology", mark.path("criterion").asText());
        assertEquals(false, mark.path("shown").asBoolean());
        assertEquals("Sorry for the weather, not for us", mark.path("reason").asText());
        assertEquals(59, learner.path("scores").path("1").asInt());
        assertEquals("Name what went wrong before you apologise.", learner.path("review").path("comments").get(0).path("text").asText());
        assertTrue(learner.path("review").path("verdict").path("pass").asBoolean());
    }

    @Test
    void everyOverride_isALabelledExample_inAgreementAndTheJsonlExport() throws Exception {
        // given the coach disagrees on apology and agrees on empathy (not shown) in turn 1
        review("""
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"not for our fault"},
                          {"turn":1,"criterion":"empathy","shown":false,"reason":"no feeling named"}]}""");

        // when the agreement and the export are asked for
        JsonNode rows = coach.json(coach.get("/api/coach/agreement")).path("criteria");
        String jsonl = coach.get("/api/coach/agreement.jsonl").body();

        // then apology: n 1, too few marks for a figure, one disagreement quoting the evaluator's evidence
        assertEquals("apology", rows.get(0).path("criterion").asText());
        assertEquals(1, rows.get(0).path("n").asInt());
        assertTrue(rows.get(0).path("percent").isNull(), rows.toString());
        JsonNode disagreement = rows.get(0).path("disagreements").get(0);
        assertEquals(1, disagreement.path("turn").asInt());
        assertTrue(disagreement.path("evaluator").asBoolean());
        assertEquals("sorry", disagreement.path("evidence").asText());
        assertEquals(1, rows.get(1).path("n").asInt());
        assertTrue(rows.get(1).path("kappa").isNull(), rows.toString());
        // and the export has the labelled-set fields the loader in bench/LabelledSet reads
        String[] lines = jsonl.strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode item = new ObjectMapper().readTree(lines[0]);
        assertEquals("review-" + session + "-1", item.path("id").asText());
        assertEquals("tune", item.path("split").asText());
        assertEquals("customer", item.path("mode").asText());
        assertEquals("I'm so sorry about the parcel.", item.path("reply").asText());
        assertTrue(item.path("context").asText().length() > 0);
        assertEquals(false, item.path("offTask").asBoolean());
        assertEquals(0, item.path("labels").path("apology").asInt());
        assertEquals(0, item.path("labels").path("empathy").asInt());
        assertEquals(2, item.path("labels").size());
    }

    @Test
    void criterionTheRubricLacks_isRefused_andNothingChanges() {
        HttpResponse<String> refused = review("""
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"fine"},
                          {"turn":1,"criterion":"telepathy","shown":true,"reason":"read my mind"}]}""");

        assertEquals(400, refused.statusCode());
        assertEquals("unknown-criterion", coach.json(refused).path("error").asText());
        assertTrue(coach.json(refused).path("message").asText().contains("'telepathy'"), refused.body());
        assertEquals(0, learnerView().path("review").path("marks").size());
    }

    @Test
    void turnThatIsNotAReply_isRefused_andNothingChanges() {
        for (int turn : new int[] {0, 2, 99}) {
            HttpResponse<String> refused = review("""
                    {"marks":[{"turn":%d,"criterion":"apology","shown":true,"reason":"x"}]}""".formatted(turn));

            assertEquals(400, refused.statusCode(), "turn " + turn);
            assertEquals("unknown-turn", coach.json(refused).path("error").asText());
            assertTrue(coach.json(refused).path("message").asText().contains("turn " + turn), refused.body());
        }
        HttpResponse<String> comment = review("{\"comments\":[{\"turn\":7,\"text\":\"hello\"}]}");
        assertEquals("unknown-turn", coach.json(comment).path("error").asText());
        assertEquals(0, learnerView().path("review").path("marks").size());
        assertEquals(0, learnerView().path("review").path("comments").size());
    }

    @Test
    void overrideWithoutAReason_isRefused_andNothingChanges() {
        HttpResponse<String> refused = review("""
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"  "}],
                 "verdict":{"pass":false}}""");

        assertEquals(400, refused.statusCode());
        assertEquals("missing-reason", coach.json(refused).path("error").asText());
        assertTrue(learnerView().path("review").path("verdict").isNull());
    }

    @Test
    void withoutTheCoachCredential_reviewIsRefused_andNothingChanges() {
        HttpResponse<String> refused = coach.anonymous().post("/api/coach/sessions/" + session + "/review",
                "{\"verdict\":{\"pass\":false,\"reason\":\"x\"}}");

        assertEquals(401, refused.statusCode());
        assertTrue(learnerView().path("review").path("verdict").isNull());
        assertEquals(401, coach.anonymous().get("/api/coach/dashboard").statusCode());
        assertEquals(401, coach.anonymous().get("/api/coach/agreement").statusCode());
        assertEquals(401, coach.anonymous().get("/api/coach/assignments").statusCode());
    }

    @Test
    void signedInLearner_callingACoachRoute_gets403_andNothingChanges() {
        // given a learner account, signed in
        server.addUser("robin", "learner", "correct horse battery");
        CoachHttp robin = coach.as(server.signIn("robin", "correct horse battery"));

        // when the learner tries to review, read the dashboard and assign
        HttpResponse<String> review = robin.post("/api/coach/sessions/" + session + "/review",
                "{\"verdict\":{\"pass\":true,\"reason\":\"I say so\"}}");
        HttpResponse<String> dashboard = robin.get("/api/coach/dashboard");
        HttpResponse<String> assign = robin.post("/api/coach/assignments",
                "{\"scenario\":\"late-parcel\",\"learners\":[\"robin\"],\"due\":\"2999-01-01\"}");

        // then each is forbidden, and no verdict or assignment exists
        assertEquals(403, review.statusCode(), review.body());
        assertEquals("coach-only", coach.json(review).path("error").asText());
        assertEquals(403, dashboard.statusCode());
        assertEquals(403, assign.statusCode());
        assertTrue(learnerView().path("review").path("verdict").isNull());
        assertEquals(0, coach.json(coach.get("/api/coach/assignments")).size());
    }

    @Test
    void anotherBrowser_cannotReadTheReview() {
        HttpResponse<String> stranger = coach.as(server.newGuestCookie()).get("/api/sessions/" + session + "/review");

        assertEquals(404, stranger.statusCode());
        assertEquals("unknown-session", coach.json(stranger).path("error").asText());
    }

    @Test
    void learnerDeletesAReviewedSession_andTheCoachsWordGoesWithIt() throws Exception {
        // given a reviewed session, counted on the dashboard
        review("""
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"not for our fault"}],
                 "comments":[{"turn":1,"text":"hm"}],"verdict":{"pass":false,"reason":"again"}}""");
        assertEquals(1, coach.json(coach.get("/api/coach/dashboard")).path("overall").path("practices").asInt());

        // when its learner deletes it
        HttpResponse<String> deleted = server.delete("/api/sessions/" + session);

        // then nothing of it is left: not in the dashboard, the agreement, or any review table
        assertTrue(deleted.statusCode() < 300, deleted.statusCode() + " " + deleted.body());
        assertEquals(0, coach.json(coach.get("/api/coach/dashboard")).path("overall").path("practices").asInt());
        assertEquals(0, coach.json(coach.get("/api/coach/agreement")).path("criteria").size());
        try (dev.hotseat.store.Database db = dev.hotseat.store.Database.open(hotseat.data(),
                dev.hotseat.store.Migration.all())) {
            for (String table : new String[] {"review_marks", "review_comments", "review_verdicts", "review_scores",
                    "session_scores", "tallied_turns"}) {
                int left = db.read(c -> {
                    try (var s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE session = ?")) {
                        s.setString(1, session);
                        try (var rs = s.executeQuery()) {
                            return rs.next() ? rs.getInt(1) : -1;
                        }
                    }
                });
                assertEquals(0, left, table);
            }
        }
    }

    @Test
    void theCoachsWord_countsInTheLearnersProgress() {
        // given the session ended, with apology found in its one reply (score 60)
        try (ChatClient chat = server.chat()) {
            chat.send("type", "resume", "session", session);
            chat.until("resumed");
            chat.send("type", "end");
            chat.until("ended");
        }
        JsonNode before = coach.json(server.get("/api/me/progress"));

        // when the coach says apology was not shown
        review("{\"marks\":[{\"turn\":1,\"criterion\":\"apology\",\"shown\":false,\"reason\":\"no\"}]}");
        JsonNode after = coach.json(server.get("/api/me/progress"));

        // then the apology line drops from 100 to 0 and the session's point from 60 to 59
        assertEquals(100, skill(before, "apology").path("values").get(0).asInt());
        assertEquals(0, skill(after, "apology").path("values").get(0).asInt());
        assertEquals(60, before.path("sessions").get(0).path("score").asInt());
        assertEquals(59, after.path("sessions").get(0).path("score").asInt());
    }

    private static JsonNode skill(JsonNode progress, String id) {
        for (JsonNode s : progress.path("skills")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no skill " + id + " in " + progress);
    }

    @Test
    void answeringAMarkedReplyAgain_dropsTheMarksThatWereOnTheOldReply() {
        // given the coach marked turn 1, counted in the agreement and the dashboard (score 59 after the mark)
        review("{\"marks\":[{\"turn\":1,\"criterion\":\"apology\",\"shown\":false,\"reason\":\"no\"}]}");
        assertEquals(59, coach.json(coach.get("/api/coach/dashboard")).path("overall").path("averageScore").asInt());

        // when the learner answers turn 1 again, with no apology at all (keyword grader: 40)
        try (ChatClient chat = server.chat()) {
            chat.send("type", "resume", "session", session);
            chat.until("resumed");
            chat.sendRaw("{\"type\":\"retry\",\"turn\":1,\"text\":\"Let me look into it.\"}");
            chat.untilAll("grade", "partner");
        }

        // then the mark is gone with the old reply, and the dashboard counts the new one
        assertEquals(0, learnerView().path("review").path("marks").size());
        assertEquals(0, coach.json(coach.get("/api/coach/agreement")).path("criteria").size());
        assertEquals(40, coach.json(coach.get("/api/coach/dashboard")).path("overall").path("averageScore").asInt());
    }

    @Test
    void unknownSession_isNotFound() {
        HttpResponse<String> missing = coach.get("/api/coach/sessions/no-such-session/review");

        assertEquals(404, missing.statusCode());
        assertEquals("unknown-session", coach.json(missing).path("error").asText());
    }

    @Test
    void examStillGoingOn_hidesTheCoachsMarksFromTheLearner() {
        // given an exam session with one graded reply, reviewed before it ended
        String exam;
        try (ChatClient chat = server.chat()) {
            exam = chat.start("late-parcel", "exam");
            chat.reply("I understand, sorry.");
            chat.until("partner");
            coach.post("/api/coach/sessions/" + exam + "/review",
                    "{\"marks\":[{\"turn\":1,\"criterion\":\"empathy\",\"shown\":false,\"reason\":\"just a word\"}]}");

            // when the learner asks while the exam goes on, then after it ends
            JsonNode during = learnerView(exam);
            chat.send("type", "end");
            chat.until("ended");
            JsonNode after = learnerView(exam);

            // then the mark waits with the grades
            assertTrue(during.path("hidden").asBoolean());
            assertEquals(0, during.path("review").path("marks").size());
            assertEquals(1, after.path("review").path("marks").size());
        }
    }
}

package dev.hotseat.review;

import static dev.hotseat.review.Cohort.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.review.Cohort.Reply;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20 item 3: team figures count learners' practice only, agreement needs enough marks, a mark that agrees
 * needs no reason, a due date is the day picked. The cohort: ana practised late-parcel once (ten replies, apology
 * shown in the first nine); a coach account, the coach token's socket and a draft tried by a guest each practised
 * too, and none of theirs may count.
 */
@Timeout(60)
class TeamFiguresTest {
    private static final int REPLIES = 10;
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private final CoachHttp coach = CoachHttp.coachOf(hotseat);
    private String ana;
    private String casey;

    @BeforeEach
    void seed() throws Exception {
        try (Cohort cohort = Cohort.open(hotseat)) {
            Reply[] replies = new Reply[REPLIES];
            for (int i = 0; i < REPLIES; i++) {
                replies[i] = i < REPLIES - 1 ? Reply.of(60, "apology") : Reply.of(40);
            }
            ana = cohort.session(cohort.learner("ana"), "late-parcel", "practice", day(1), "resolved", replies);
            casey = cohort.session(cohort.coach("casey"), "late-parcel", "practice", day(2), "resolved", Reply.of(100, "apology"));
            cohort.session("coach-token", "late-parcel", "practice", day(3), "resolved", Reply.of(100, "apology"));
            cohort.session(cohort.learner("guest"), "draft-0123456789abcdef01234567", "practice", day(4), "resolved", Reply.of(0));
            cohort.flush();
        }
    }

    private HttpResponse<String> mark(String session, int turn, boolean shown, String reason) {
        String because = reason == null ? "" : ",\"reason\":\"" + reason + "\"";
        return coach.post("/api/coach/sessions/" + session + "/review",
                "{\"marks\":[{\"turn\":%d,\"criterion\":\"apology\",\"shown\":%s%s}]}".formatted(turn, shown, because));
    }

    private JsonNode apologyAgreement() {
        JsonNode rows = coach.json(coach.get("/api/coach/agreement")).path("criteria");
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    @Test
    void coachesTries_countNowhere_inTheDashboard_orItsCsv() {
        JsonNode view = coach.json(coach.get("/api/coach/dashboard"));
        String[] csv = coach.get("/api/coach/dashboard.csv").body().strip().split("\r\n");

        assertEquals(1, view.path("overall").path("practices").asInt(), view.toString());
        assertEquals(1, view.path("overall").path("learners").asInt());
        assertEquals(List.of("late-parcel"), texts(view.path("scenarios"), "scenario"));
        assertEquals(List.of("ana"), texts(view.path("learners"), "learner"));
        assertEquals(2, csv.length, String.join("\n", csv));
        assertTrue(csv[1].contains(",ana,late-parcel,"), csv[1]);
    }

    @Test
    void coachesTries_areNotOfferedForReview_norCountedInAgreement() {
        // given a coach marks their own try
        assertEquals(200, mark(casey, 1, true, null).statusCode());

        // then agreement has nothing, and the sessions offered for review are the learner's only
        assertEquals(0, coach.json(coach.get("/api/coach/agreement")).path("criteria").size());
        JsonNode recent = coach.json(coach.get("/api/coach/sessions"));
        assertEquals(List.of(ana), texts(recent, "session"));
    }

    @Test
    void agreement_belowTenMarks_isWithheld_andNamesTheCriterion() {
        for (int turn = 1; turn <= 3; turn++) {
            assertEquals(200, mark(ana, 2 * turn - 1, true, null).statusCode());
        }

        JsonNode apology = apologyAgreement();

        assertEquals("apology", apology.path("criterion").asText());
        assertEquals("Apology", apology.path("name").asText());
        assertEquals(3, apology.path("n").asInt());
        assertEquals(10, apology.path("needed").asInt());
        assertTrue(apology.path("percent").isNull(), apology.toString());
        assertTrue(apology.path("kappa").isNull(), apology.toString());
    }

    @Test
    void agreement_fromTenMarks_givesPercentAndKappa() {
        // given the coach agrees on the nine apologies and says the tenth reply apologised too, which the grade missed
        for (int turn = 1; turn < REPLIES; turn++) {
            assertEquals(200, mark(ana, 2 * turn - 1, true, null).statusCode());
        }
        assertEquals(200, mark(ana, 2 * REPLIES - 1, true, "sorry in other words").statusCode());

        JsonNode apology = apologyAgreement();

        // then 9 of 10 agree; kappa is 0: the coach said shown every time, so agreement is all chance
        assertEquals(10, apology.path("n").asInt());
        assertEquals(90.0, apology.path("percent").asDouble(), 0.01);
        assertEquals(0.0, apology.path("kappa").asDouble(), 0.01);
        assertEquals(1, apology.path("disagreements").size());
    }

    @Test
    void aMarkThatAgrees_needsNoReason_butOneThatDisagrees_does() {
        HttpResponse<String> agreeing = mark(ana, 1, true, null);
        HttpResponse<String> disagreeing = mark(ana, 3, false, null);
        HttpResponse<String> blank = mark(ana, 3, false, "  ");

        assertEquals(200, agreeing.statusCode(), agreeing.body());
        assertEquals(400, disagreeing.statusCode());
        assertEquals("missing-reason", coach.json(disagreeing).path("error").asText());
        assertTrue(coach.json(disagreeing).path("message").asText().contains("turn 3"), disagreeing.body());
        assertEquals(400, blank.statusCode());
        assertEquals(1, coach.json(coach.get("/api/coach/sessions/" + ana + "/review")).path("review").path("marks").size());
    }

    @Test
    void aDueDate_isTheCalendarDayThatWasPicked() {
        hotseat.server().addUser("robin", "learner", "correct horse battery");
        HttpResponse<String> made = coach.post("/api/coach/assignments", """
                {"scenario":"late-parcel","learners":["robin"],"due":"2999-12-10","mode":"practice","passMark":60}""");
        assertEquals(201, made.statusCode(), made.body());

        JsonNode assignment = coach.json(coach.get("/api/coach/assignments")).get(0);

        assertEquals("2999-12-10", assignment.path("dueDate").asText());
        // the whole day counts: it falls due at the end of it
        assertEquals("2999-12-11T00:00:00Z", assignment.path("due").asText());
        assertFalse(assignment.path("learners").get(0).path("state").asText().equals("overdue"));
    }

    @Test
    void theLearner_isToldWhoReviewed_andWhatTheScoreWasBefore() {
        // given robin practised (keyword grader: 60 for an apology) and Morgan, signed in as a coach, overruled it
        String password = "correct horse battery";
        TestServer server = hotseat.server();
        server.addUser("robin", "learner", password);
        server.addUser("Morgan", "coach", password);
        String robin = server.signIn("robin", password);
        String session;
        try (ChatClient chat = server.chatAs(robin)) {
            session = chat.start("late-parcel", "practice");
            chat.reply("I'm so sorry about the parcel.");
            chat.untilAll("grade", "partner");
        }
        CoachHttp morgan = coach.as(server.signIn("Morgan", password));
        HttpResponse<String> saved = morgan.post("/api/coach/sessions/" + session + "/review", """
                {"marks":[{"turn":1,"criterion":"apology","shown":false,"reason":"sorry for the weather"}]}""");
        assertEquals(200, saved.statusCode(), saved.body());

        // when robin reads their history
        JsonNode line = coach.json(coach.as(robin).get("/api/me/sessions")).get(0);

        // then it names Morgan and keeps the automatic score beside the changed one
        assertEquals("[\"Morgan\"]", line.path("reviewedBy").toString());
        assertEquals(59, line.path("score").asInt());
        assertEquals(60, line.path("automaticScore").asInt());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.path(field).asText()));
        return list;
    }
}

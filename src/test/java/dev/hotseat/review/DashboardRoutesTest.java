package dev.hotseat.review;

import static dev.hotseat.review.Cohort.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.review.Cohort.Reply;
import dev.hotseat.support.HotseatExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard's figures for a small cohort worked out by hand (pass mark 80):
 * ana: late-parcel 1 Nov [40, 60] → 50, resolved; late-parcel 3 Nov [90] → 90, resolved.
 * ben: late-parcel 2 Nov [70, 90] → 80, ended by the learner (a drop-off).
 * cy:  panel-interview 5 Nov [20] → 20, walked out; and a session with no reply, which does not count.
 */
@Timeout(30)
class DashboardRoutesTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    private final CoachHttp coach = CoachHttp.coachOf(hotseat);
    private String anaSecond;

    @BeforeEach
    void seed() throws Exception {
        try (Cohort cohort = Cohort.open(hotseat)) {
            String ana = cohort.learner("ana");
            String ben = cohort.learner("ben");
            String cy = cohort.learner("cy");
            cohort.session(ana, "late-parcel", "practice", day(1), "resolved", Reply.of(40, "apology"), Reply.of(60, "apology", "empathy"));
            anaSecond = cohort.session(ana, "late-parcel", "practice", day(3), "resolved", Reply.of(90, "apology", "empathy", "followup"));
            cohort.session(ben, "late-parcel", "practice", day(2), "ended", Reply.of(70, "apology", "blame"), Reply.of(90, "empathy"));
            cohort.session(cy, "panel-interview", "practice", day(5), "walked-out", Reply.of(20, "blame"));
            cohort.session(cy, "panel-interview", "practice", day(6), "ended");
            cohort.flush();
        }
        coach.put("/api/coach/groups/north", "{\"learners\":[\"ana\",\"Ben\"]}");
    }

    private JsonNode dashboard(String query) {
        HttpResponse<String> response = coach.get("/api/coach/dashboard" + query);
        assertEquals(200, response.statusCode(), response.body());
        return coach.json(response);
    }

    @Test
    void overallFigures_matchTheHandWorkedValues() {
        JsonNode overall = dashboard("").path("overall");

        assertEquals(4, overall.path("practices").asInt());
        assertEquals(3, overall.path("learners").asInt());
        assertEquals(60, overall.path("averageScore").asInt());
        assertEquals(50, overall.path("passRate").asInt());
        assertEquals(1, overall.path("droppedOff").asInt());
        assertEquals(25, overall.path("dropOffRate").asInt());
    }

    @Test
    void byScenario_countsPractices_learners_average_passRate_andDropOff() {
        JsonNode scenarios = dashboard("").path("scenarios");

        JsonNode parcel = scenarios.get(0);
        assertEquals("late-parcel", parcel.path("scenario").asText());
        assertEquals(3, parcel.path("figures").path("practices").asInt());
        assertEquals(2, parcel.path("figures").path("learners").asInt());
        assertEquals(73, parcel.path("figures").path("averageScore").asInt());
        assertEquals(67, parcel.path("figures").path("passRate").asInt());
        assertEquals(33, parcel.path("figures").path("dropOffRate").asInt());
        JsonNode interview = scenarios.get(1);
        assertEquals(1, interview.path("figures").path("practices").asInt());
        assertEquals(0, interview.path("figures").path("passRate").asInt());
    }

    @Test
    void weakestCriteria_distribution_andEachLearnersTrend() {
        JsonNode view = dashboard("");

        // followup shown in 1 of 6 replies (17 %); blame shown in 2 of 6, so avoided in 4 (67 %);
        // empathy 3 of 6 (50 %); apology 4 of 6 (67 %)
        JsonNode weakest = view.path("weakest");
        assertEquals("followup", weakest.get(0).path("criterion").asText());
        assertEquals(17, weakest.get(0).path("rightRate").asInt());
        assertEquals("empathy", weakest.get(1).path("criterion").asText());
        assertEquals(6, weakest.get(1).path("graded").asInt());
        assertEquals(List.of(0, 0, 1, 0, 0, 1, 0, 0, 1, 1), ints(view.path("distribution")));
        JsonNode ana = view.path("learners").get(0);
        assertEquals("ana", ana.path("learner").asText());
        assertEquals(50, ana.path("trend").get(0).path("score").asInt());
        assertEquals(90, ana.path("trend").get(1).path("score").asInt());
    }

    @Test
    void filters_byGroup_andByDate() {
        assertEquals(3, dashboard("?group=north").path("overall").path("practices").asInt());
        assertEquals(2, dashboard("?group=north").path("overall").path("learners").asInt());
        assertEquals(2, dashboard("?from=2026-11-03").path("overall").path("practices").asInt());
        assertEquals(2, dashboard("?from=2026-11-02&to=2026-11-03").path("overall").path("practices").asInt());
        assertEquals(100, dashboard("?passMark=20").path("overall").path("passRate").asInt());
    }

    @Test
    void theCoachsWord_countsInTheDashboard() {
        // given a coach fails ana's 90 and says followup was not shown in it
        HttpResponse<String> saved = coach.post("/api/coach/sessions/" + anaSecond + "/review", """
                {"marks":[{"turn":1,"criterion":"followup","shown":false,"reason":"no promise to call back"}],
                 "verdict":{"pass":false,"reason":"rushed"}}""");
        assertEquals(200, saved.statusCode(), saved.body());

        // when the dashboard is read again
        JsonNode view = dashboard("");

        // then the pass rate drops to 1 of 4, the average moves by followup's weight (1), followup is shown 0 times
        assertEquals(25, view.path("overall").path("passRate").asInt());
        assertEquals(60, view.path("overall").path("averageScore").asInt());
        assertEquals(89, view.path("learners").get(0).path("trend").get(1).path("score").asInt());
        assertEquals(0, view.path("weakest").get(0).path("rightRate").asInt());
    }

    @Test
    void csvExport_hasOneRowPerPractice() {
        HttpResponse<String> csv = coach.get("/api/coach/dashboard.csv?group=north");

        String[] lines = csv.body().split("\r\n");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("session,learner,scenario,mode,started,outcome,replies,score,passed,dropped_off", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains(",ana,late-parcel,practice,2026-11-01T10:00:00Z,resolved,2,50,false,false"), lines[1]);
    }

    @Test
    void badFilters_areRefusedWithTheValueQuoted() {
        HttpResponse<String> day = coach.get("/api/coach/dashboard?from=yesterday");
        HttpResponse<String> mark = coach.get("/api/coach/dashboard?passMark=120");

        assertEquals(400, day.statusCode());
        assertTrue(coach.json(day).path("message").asText().contains("'yesterday'"));
        assertEquals(400, mark.statusCode());
        assertEquals("bad-pass-mark", coach.json(mark).path("error").asText());
    }

    @Test
    void groupOfUnknownLearner_isRefused_andTheGroupStaysAsItWas() {
        HttpResponse<String> refused = coach.put("/api/coach/groups/north", "{\"learners\":[\"ana\",\"nobody\"]}");

        assertEquals(400, refused.statusCode());
        assertEquals("unknown-learner", coach.json(refused).path("error").asText());
        assertEquals(List.of("ana", "ben"), texts(coach.json(coach.get("/api/coach/groups")).get(0).path("learners")));
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

package dev.hotseat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A coach sets a scenario for learners; their state follows from their sessions; bad requests change nothing. */
@Timeout(30)
class AssignmentRoutesTest {
    private static final String PASSWORD = "correct horse battery";
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline().withAccount("robin", "learner", PASSWORD)
            .withAccount("sam", "learner", PASSWORD);
    private final CoachHttp coach = CoachHttp.coachOf(hotseat);

    private HttpResponse<String> assign(String body) {
        return coach.post("/api/coach/assignments", body);
    }

    private int assignmentCount() {
        return coach.json(coach.get("/api/coach/assignments")).size();
    }

    @Test
    void learnerSeesTheAssignment_andItTurnsPassed_whenASessionReachesTheMark() {
        // given late-parcel set for robin with pass mark 60
        HttpResponse<String> made = assign("""
                {"scenario":"late-parcel","learners":["Robin"],"due":"2999-01-01","mode":"practice","passMark":60}""");
        assertEquals(201, made.statusCode(), made.body());
        String cookie = hotseat.server().signIn("robin", PASSWORD);
        CoachHttp robin = coach.as(cookie);
        JsonNode before = robin.json(robin.get("/api/me/assignments"));
        assertEquals("open", before.get(0).path("learners").get(0).path("state").asText());
        assertEquals("customer", before.get(0).path("scenarioMode").asText());

        // when robin practises it: one reply at 40, then a session scoring 80 (keyword grader: 40 + 20 per skill)
        practise(cookie, "Okay.");
        JsonNode low = robin.json(robin.get("/api/me/assignments")).get(0).path("learners").get(0);
        practise(cookie, "I'm sorry, I understand.");
        JsonNode after = robin.json(robin.get("/api/me/assignments")).get(0).path("learners").get(0);

        // then it stays open below the mark and turns passed at it, with the best score and the attempts
        assertEquals("open", low.path("state").asText());
        assertEquals(40, low.path("best").asInt());
        assertEquals("passed", after.path("state").asText());
        assertEquals(80, after.path("best").asInt());
        assertEquals(2, after.path("attempts").asInt());
        CoachHttp sam = coach.as(hotseat.server().signIn("sam", PASSWORD));
        assertEquals(0, sam.json(sam.get("/api/me/assignments")).size());
    }

    @Test
    void examAssignment_countsOnlyExamSessions() {
        assign("""
                {"scenario":"late-parcel","learners":["robin"],"due":"2999-01-01","mode":"exam","passMark":50}""");
        String cookie = hotseat.server().signIn("robin", PASSWORD);

        practise(cookie, "I'm sorry, I understand.");
        JsonNode status = coach.json(coach.get("/api/coach/assignments")).get(0).path("learners").get(0);

        assertEquals("open", status.path("state").asText());
        assertEquals(0, status.path("attempts").asInt());
    }

    @Test
    void assignmentToAGroup_reachesEveryMember() {
        coach.put("/api/coach/groups/evening", "{\"learners\":[\"robin\",\"sam\"]}");

        HttpResponse<String> made = assign("{\"scenario\":\"late-parcel\",\"group\":\"evening\",\"due\":\"2999-01-01\"}");

        assertEquals(201, made.statusCode(), made.body());
        JsonNode learners = coach.json(made).path("learners");
        assertEquals(2, learners.size());
        assertEquals(80, coach.json(made).path("passMark").asInt());
    }

    @Test
    void pastTheDueDate_anUnpassedAssignmentIsOverdue() {
        // given a running server (its start must not use up the second) and an assignment due one second from now
        hotseat.server();
        String due = Instant.now().plusSeconds(1).toString();
        assertEquals(201, assign("{\"scenario\":\"late-parcel\",\"learners\":[\"robin\"],\"due\":\"" + due + "\"}").statusCode());

        // when the due time passes (polled, with a deadline)
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String state = "open";
        while (state.equals("open") && Instant.now().isBefore(deadline)) {
            state = coach.json(coach.get("/api/coach/assignments")).get(0).path("learners").get(0).path("state").asText();
        }

        // then
        assertEquals("overdue", state);
    }

    @Test
    void unknownLearner_isRefused_andNothingIsAssigned() {
        HttpResponse<String> refused = assign("""
                {"scenario":"late-parcel","learners":["robin","nobody"],"due":"2999-01-01"}""");

        assertEquals(400, refused.statusCode());
        assertEquals("unknown-learner", coach.json(refused).path("error").asText());
        assertTrue(coach.json(refused).path("message").asText().contains("'nobody'"));
        assertEquals(0, assignmentCount());
    }

    @Test
    void dueDateInThePast_isRefused_andNothingIsAssigned() {
        HttpResponse<String> refused = assign("{\"scenario\":\"late-parcel\",\"learners\":[\"robin\"],\"due\":\"2020-01-01\"}");

        assertEquals(400, refused.statusCode());
        assertEquals("due-in-past", coach.json(refused).path("error").asText());
        assertTrue(coach.json(refused).path("message").asText().contains("2020-01-01"));
        assertEquals(0, assignmentCount());
    }

    @Test
    void passMarkOutside0To100_isRefused_andNothingIsAssigned() {
        for (String mark : new String[] {"101", "-1", "\"lots\"", "55.5"}) {
            HttpResponse<String> refused = assign("""
                    {"scenario":"late-parcel","learners":["robin"],"due":"2999-01-01","passMark":%s}""".formatted(mark));

            assertEquals(400, refused.statusCode(), mark);
            assertEquals("bad-pass-mark", coach.json(refused).path("error").asText(), mark);
        }
        assertEquals(0, assignmentCount());
    }

    @Test
    void unknownScenario_orMissingDue_isRefused() {
        HttpResponse<String> scenario = assign("{\"scenario\":\"moon-landing\",\"learners\":[\"robin\"],\"due\":\"2999-01-01\"}");
        HttpResponse<String> due = assign("{\"scenario\":\"late-parcel\",\"learners\":[\"robin\"]}");

        assertEquals(404, scenario.statusCode());
        assertEquals("unknown-scenario", coach.json(scenario).path("error").asText());
        assertEquals(400, due.statusCode());
        assertEquals(0, assignmentCount());
    }

    private void practise(String cookie, String reply) {
        try (ChatClient chat = hotseat.server().chatAs(cookie)) {
            chat.start("late-parcel", "practice");
            chat.reply(reply);
            chat.untilAll("grade", "partner");
            chat.send("type", "end");
            chat.until("ended");
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coach who opens a learner's live chat watches it read-only (issue 22, item 6): the learner is not pushed off,
 * the coach hears every line as it comes, and nothing the coach sends is stored as the learner's.
 */
@Timeout(60)
class CoachWatchesTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline().withAccount("Casey", "coach", "coach-password-1");

    @Test
    void aCoachResumingALearnersChat_watchesIt_withoutTakingItOver_andCannotReplyOrEndIt() throws Exception {
        try (ChatClient learner = hotseat.chat();
             ChatClient coach = hotseat.chatAs(hotseat.signIn("Casey", "coach-password-1"))) {
            String session = learner.start("late-parcel", "practice");
            learner.exchange("I'm sorry, let me check.");

            coach.send("type", "resume", "session", session);
            JsonNode resumed = coach.next("resumed");
            learner.reply("r2", "Could you give me the order number?");
            JsonNode learnerHears = learner.next("partner");
            JsonNode coachHears = coach.next("partner");
            coach.reply("c1", "Coach here: this reply must not be stored.");
            JsonNode refusedReply = coach.next("error");
            coach.send("type", "end");
            JsonNode refusedEnd = coach.next("error");

            assertEquals(3, resumed.path("turns").size(), resumed.toString());
            assertEquals(learnerHears.path("text"), coachHears.path("text"));
            assertEquals("read-only", refusedReply.path("code").asText(), refusedReply.toString());
            assertEquals("read-only", refusedEnd.path("code").asText(), refusedEnd.toString());
            assertTrue(learner.quietFor(300), "the learner is not told it was taken over");
            JsonNode stored = TestServer.json(hotseat.get("/api/sessions/" + session));
            assertEquals(5, stored.path("turns").size(), stored.toString());
            assertTrue(stored.path("outcome").isNull(), stored.toString());
            assertEquals(6, learner.exchange("Thanks, I have it now.").path("turn").asInt(), "the learner carries on");
        }
    }
}

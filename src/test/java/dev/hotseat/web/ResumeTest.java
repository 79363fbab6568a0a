package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session survives a dropped socket and a restart; an exam's grades stay hidden when it is resumed. */
@Timeout(30)
class ResumeTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void droppedSocket_resumesOnANewOne_withEveryTurnSoFar() {
        String session = hotseat.chat().dropAfterOneReply("late-parcel", "practice", "I'm sorry");

        try (ChatClient second = hotseat.chat()) {
            JsonNode resumed = second.resume(session);
            second.reply("I understand");

            assertEquals(3, resumed.path("turns").size());
            assertEquals(3, second.next("grade").path("turn").asInt());
            assertEquals(4, second.next("partner").path("turn").asInt());
        }
    }

    @Test
    void resumeDuringATurn_waitsForIt_andResumedIsTheFirstThingSent() {
        Engines slow = Engines.offline(new KeywordEvaluator(), new FakePartner(300));
        try (TestServer server = hotseat.start(slow)) {
            ChatClient first = server.chat();
            String session = first.start("late-parcel", "practice");
            first.reply("I'm sorry");
            first.next("grade");
            // The persona is still thinking (300 ms) when the connection drops.
            first.drop();

            try (ChatClient second = server.chat()) {
                second.send("type", "resume", "session", session);
                JsonNode resumed = second.next();

                assertEquals("resumed", resumed.path("type").asText());
                assertEquals("You said: I'm sorry", resumed.path("turns").get(2).path("text").asText());
            }
        }
    }

    @Test
    void afterARestart_resumeReturnsEveryTurnAndGrade_andTheChatGoesOn() {
        String session = sessionBeforeARestart("partner", "I'm sorry", "Please calm down");

        try (ChatClient chat = hotseat.restart().chat()) {
            JsonNode resumed = chat.resume(session);
            chat.reply("Sorry, I understand");
            JsonNode grade = chat.next("grade");
            JsonNode partner = chat.next("partner");

            JsonNode turns = resumed.path("turns");
            assertEquals(5, turns.size());
            assertEquals("I'm sorry", turns.get(1).path("text").asText());
            assertEquals(60, turns.get(1).path("grade").path("score").asInt());
            assertEquals("sorry", turns.get(1).path("grade").path("criteria").get(0).path("evidence").asText());
            assertEquals(0, turns.get(3).path("grade").path("score").asInt());
            assertEquals(80, turns.get(4).path("mood").path("level").asInt());
            assertEquals("learner", turns.get(3).path("speaker").asText());
            assertEquals(80, resumed.path("mood").path("level").asInt());
            assertFalse(turns.get(4).path("at").asText().isBlank());
            assertEquals(5, grade.path("turn").asInt());
            assertEquals(6, partner.path("turn").asInt());
            assertEquals(70, partner.path("mood").path("level").asInt());
        }
    }

    @Test
    void endedSessionAfterRestart_resumesAsEnded_andRefusesReplies() {
        String session = sessionBeforeARestart("ended", "goodbye");

        try (ChatClient chat = hotseat.restart().chat()) {
            JsonNode resumed = chat.resume(session);
            chat.reply("hello again");

            assertEquals("walked-out", resumed.path("outcome").asText());
            assertEquals("walked-out", resumed.path("report").path("outcome").asText());
            assertEquals("session-ended", chat.next("error").path("code").asText());
        }
    }

    @Test
    void resumingAnExamMidway_showsTheTurnsButNoGrades_untilItEnds() {
        String session = hotseat.chat().dropAfterOneReply("late-parcel", "exam", "I'm sorry");

        try (ChatClient second = hotseat.chat()) {
            JsonNode midway = second.resume(session).path("turns").get(1);
            second.send("type", "end");
            JsonNode grade = second.next("grade");

            assertEquals("I'm sorry", midway.path("text").asText());
            assertTrue(midway.path("grade").isNull(), midway.toString());
            assertEquals(1, grade.path("turn").asInt());
            assertEquals("ended", second.next("ended").path("outcome").asText());
        }
    }

    /** A practice session with these replies, each read up to {@code awaited}, on the server that then restarts. */
    private String sessionBeforeARestart(String awaited, String... replies) {
        ChatClient before = hotseat.chat();
        String session = before.start("late-parcel", "practice");
        for (String reply : replies) {
            before.reply(reply);
            before.next(awaited);
        }
        return session;
    }
}

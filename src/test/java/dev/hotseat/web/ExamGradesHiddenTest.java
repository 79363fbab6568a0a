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

/** An exam's grades cannot be read early by resuming it on another socket. */
@Timeout(30)
class ExamGradesHiddenTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void resumingAnExamMidway_showsTheTurnsButNoGrades_untilItEnds() {
        try (TestServer server = hotseat.start()) {
            ChatClient first = server.chat();
            String session = first.start("late-parcel", "exam");
            first.reply("I'm sorry");
            first.next("partner");
            first.drop();

            try (ChatClient second = server.chat()) {
                second.send("type", "resume", "session", session);
                JsonNode midway = second.next("resumed").path("turns").get(1);
                second.send("type", "end");
                JsonNode grade = second.next("grade");

                assertEquals("I'm sorry", midway.path("text").asText());
                assertTrue(midway.path("grade").isNull(), midway.toString());
                assertEquals(1, grade.path("turn").asInt());
                assertEquals("ended", second.next("ended").path("outcome").asText());
            }
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class ExamModeTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void exam_holdsEveryGradeBackUntilTheEnd_thenSendsThemJustBeforeEnded() throws Exception {
        try (ChatClient chat = hotseat.chat()) {
            String session = chat.start("late-parcel", "exam");

            chat.reply("I'm sorry");
            List<JsonNode> first = chat.until("partner");
            JsonNode midway = new ObjectMapper().readTree(hotseat.get("/api/sessions/" + session).body());
            chat.reply("I can refund you");
            List<JsonNode> last = chat.until("ended");

            assertFalse(first.stream().anyMatch(m -> m.path("type").asText().equals("grade")));
            assertTrue(midway.path("turns").get(1).path("grade").isNull());
            List<String> tail = last.subList(last.size() - 3, last.size()).stream()
                    .map(m -> m.path("type").asText() + m.path("turn").asText()).toList();
            assertEquals(List.of("grade1", "grade3", "ended"), tail);
        }
    }
}

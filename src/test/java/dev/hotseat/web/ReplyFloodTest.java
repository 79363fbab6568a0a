package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HangingEngines;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class ReplyFloodTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void repliesBeyondTheWaitingLimit_areRefused_andTheOnesTakenAreAllAnswered() throws Exception {
        try (HangingEngines hanging = new HangingEngines();
             TestServer server = hotseat.start(hanging.engines()); ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");

            // Given a turn stuck on a model, and the queue filled behind it
            for (int i = 0; i < ReplyRejectedException.MAX_WAITING; i++) {
                chat.reply("reply " + i);
            }
            assertTrue(hanging.bothHanging(10));
            // When one more reply arrives
            chat.reply("one too many");
            JsonNode refused = chat.next("error");

            // Then it is refused with a clear code, and once the model answers every reply taken gets its turn
            assertEquals("too-many-replies", refused.path("code").asText());
            hanging.release();
            int partnerLines = 0;
            while (partnerLines < ReplyRejectedException.MAX_WAITING) {
                chat.next("partner");
                partnerLines++;
            }
            assertTrue(chat.open());
        }
    }
}

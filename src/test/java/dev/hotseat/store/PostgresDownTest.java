package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.Acknowledged;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import dev.hotseat.support.PostgresServer;
import dev.hotseat.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped in the middle of a chat: a reply is answered {@code not-stored}, health says not ready, and
 * once the database is back the resend is stored once; after Hotseat restarts, every acknowledged reply is there.
 */
@Needs(Need.POSTGRESQL)
@Timeout(180)
class PostgresDownTest {
    @TempDir
    Path data;

    @Test
    void whilePostgresIsStopped_aReplyIsNotStored_andItsResendAfterwardsIsStoredOnce_acrossARestart() {
        Engines engines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        Acknowledged acked = new Acknowledged();
        try (PostgresServer postgres = PostgresServer.own()) {
            String url = postgres.database("hotseat");
            String session;
            String cookie;
            try (TestServer server = TestServer.start(data.resolve("a"), engines, new FakeLibrary(), url);
                 ChatClient chat = server.chat()) {
                session = chat.start("late-parcel", "practice");
                cookie = server.cookie();
                acked.send(chat, "a1", "I'm sorry, let me check the order.");
                // its grade too, so no write of the first turn is still under way when the database stops
                chat.untilAll("grade", "partner");

                postgres.pause();
                JsonNode refused = acked.send(chat, "a2", "What is the tracking number?");
                JsonNode health = TestServer.json(server.get("/health"));
                postgres.resume();
                JsonNode stored = acked.send(chat, "a2", "What is the tracking number?");
                chat.next("partner");
                acked.send(chat, "a3", "Thanks, I'll chase the courier.");
                chat.next("partner");

                assertEquals("not-stored", refused.path("code").asText(), refused.toString());
                assertEquals("a2", refused.path("id").asText());
                assertEquals(false, health.path("ready").asBoolean(), health.toString());
                assertEquals(3, stored.path("turn").asInt(), stored.toString());
            }

            try (TestServer again = TestServer.start(data.resolve("b"), engines, new FakeLibrary(), url);
                 ChatClient chat = again.chatAs(cookie)) {
                JsonNode turns = chat.resume(session).path("turns");
                acked.allPresentOnce(turns);
                assertEquals(3, acked.count());
                assertTrue(turns.size() == 7, turns.toString());
            }
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.Acknowledged;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing acknowledged is lost when the real SQLite file refuses writes (held by another process, or on a full
 * disk): the reply is answered {@code not-stored} with its id, a resend while the trouble lasts is refused again,
 * a resend after it is stored once, and after a restart every reply the client was told is stored is there.
 */
@Timeout(120)
class NotStoredDeliveryTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void whileAnotherProcessHoldsTheFile_aReplyIsNotStored_andItsResendAfterwardsIsStoredOnce_acrossARestart()
            throws Exception {
        Acknowledged acked = new Acknowledged();
        String session;
        try (ChatClient chat = hotseat.chat()) {
            session = chat.start("late-parcel", "practice");
            assertEquals("stored", acked.send(chat, "a1", "I'm sorry, let me check the order.").path("type").asText());
            chat.next("partner");

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + hotseat.data().resolve("hotseat.db"));
                 Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");

                JsonNode refused = acked.send(chat, "a2", "Can you tell me the tracking number?");
                JsonNode again = acked.send(chat, "a2", "Can you tell me the tracking number?");
                JsonNode health = TestServer.json(hotseat.get("/health"));

                assertNotStored(refused, "a2");
                assertNotStored(again, "a2");
                assertEquals(false, health.path("ready").asBoolean(), health.toString());
                lock.execute("ROLLBACK");
            }
            assertEquals(3, acked.send(chat, "a2", "Can you tell me the tracking number?").path("turn").asInt());
            chat.next("partner");
            assertEquals(5, acked.send(chat, "a3", "Thanks, I'll chase the courier now.").path("turn").asInt());
            chat.next("partner");
        }

        hotseat.restart();

        try (ChatClient chat = hotseat.chat()) {
            JsonNode turns = chat.resume(session).path("turns");
            acked.allPresentOnce(turns);
            assertEquals(7, turns.size(), turns.toString());
        }
        assertEquals(true, TestServer.json(hotseat.get("/health")).path("ready").asBoolean());
    }

    private static void assertNotStored(JsonNode answer, String id) {
        assertEquals("not-stored", answer.path("code").asText(), answer.toString());
        assertEquals(id, answer.path("id").asText(), answer.toString());
        assertTrue(answer.path("retryAfter").asInt() >= 1, answer.toString());
    }

    @Test
    void onAFullDisk_aReplyIsNotStored_healthSaysNotReady_andOnceThereIsRoomTheResendIsStoredOnce() throws Exception {
        Path disk = hotseat.temp().resolve("small-disk");
        Files.createDirectories(disk);
        Assumptions.assumeTrue(mount(disk), "a full disk is a 4 MB tmpfs, and this machine does not let the tests mount one");
        Acknowledged acked = new Acknowledged();
        try {
            String session;
            String cookie;
            try (TestServer server = TestServer.start(disk);
                 ChatClient chat = server.chat()) {
                session = chat.start("late-parcel", "practice");
                cookie = server.cookie();
                acked.send(chat, "a1", "I'm sorry, let me check the order.");
                chat.next("partner");
                Path filler = fill(disk);

                JsonNode refused = acked.send(chat, "a2", "What is the tracking number?");
                JsonNode health = TestServer.json(server.get("/health"));
                Files.delete(filler);
                JsonNode stored = acked.send(chat, "a2", "What is the tracking number?");
                chat.next("partner");

                assertNotStored(refused, "a2");
                assertEquals(false, health.path("ready").asBoolean(), health.toString());
                assertEquals(3, stored.path("turn").asInt(), stored.toString());
            }
            try (TestServer again = TestServer.start(disk); ChatClient chat = again.chatAs(cookie)) {
                acked.allPresentOnce(chat.resume(session).path("turns"));
            }
        } finally {
            run("umount", disk.toString());
        }
        assertEquals(2, acked.count());
    }

    private static boolean mount(Path dir) throws Exception {
        return run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir.toString()) == 0;
    }

    /** Fills the disk {@code dir} is on to the last byte; returns the file that does it. */
    private static Path fill(Path dir) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

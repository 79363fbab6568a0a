package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A session the learner deletes is gone from the SQLite file itself, not left readable in its free pages. */
@Timeout(60)
class SecureDeleteTest {
    private static final String WORDS = "zebra sapphire lighthouse 4417";
    @TempDir
    Path data;

    @Test
    void aDeletedSessionsWords_areNowhereInTheDatabaseFiles() throws Exception {
        String session;
        try (TestServer server = TestServer.start(data)) {
            try (ChatClient chat = server.chat()) {
                session = chat.start("late-parcel", "practice");
                chat.exchange("Sorry, I hear you: " + WORDS + ".");
            }
            assertTrue(contains(WORDS), "stored before the delete");

            assertEquals(204, server.delete("/api/sessions/" + session).statusCode());
        }

        assertFalse(contains(WORDS), "the deleted words are still in the file");
        assertFalse(contains(session), "the deleted session's id is still in the file");
    }

    /** True when any file of the database (main file, WAL) holds {@code text}, read as raw bytes. */
    private boolean contains(String text) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("hotseat.db")).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}

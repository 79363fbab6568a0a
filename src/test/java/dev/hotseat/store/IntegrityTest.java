package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.core.Turn;
import dev.hotseat.support.Fixtures;
import dev.hotseat.web.WireJson;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A damaged SQLite file is found at start, said plainly, and Hotseat does not serve from it. */
@Timeout(60)
class IntegrityTest {
    @TempDir
    Path data;

    @Test
    void damagedFile_isRefusedAtOpen_withWhatToDo() throws Exception {
        Path file = databaseWithRows();
        damagePagesAfterTheFirst(file);

        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> Database.open(data, Migration.all()));

        assertTrue(e.getMessage().startsWith("The database file '" + file + "' is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("backup"), e.getMessage());
    }

    @Test
    void fileThatIsNotADatabase_isRefusedAtOpen() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("hotseat.db"), "these are my notes, not a database ".repeat(200));

        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> Database.open(data, Migration.all()));

        assertTrue(e.getMessage().contains("not a database"), e.getMessage());
    }

    @Test
    void serverOnADamagedFile_exitsNonZero_andSaysWhy() throws Exception {
        damagePagesAfterTheFirst(databaseWithRows());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main",
                "--port", "0", "--data", data.toString(), "--prompts",
                Path.of(System.getProperty("hotseat.root", ".")).resolve("src/test/resources/fixture-prompts").toString());
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, server.exitValue(), output);
        assertTrue(output.contains("Hotseat could not start: The database file"), output);
        assertTrue(output.contains("is damaged"), output);
    }

    private Path databaseWithRows() {
        try (Database db = Database.open(data, Migration.all())) {
            SqliteSessionStore store = new SqliteSessionStore(db, WireJson.mapper());
            for (int s = 0; s < 40; s++) {
                store.create(new Conversation("s" + s, Fixtures.customer(), SessionMode.PRACTICE));
                for (int t = 0; t < 10; t++) {
                    store.saveTurn("s" + s, Turn.learner(t, "a reply long enough to fill pages ".repeat(5)));
                }
            }
        }
        return data.resolve("hotseat.db");
    }

    /** Overwrites the header of every page but the first (the schema), as a failing disk might. */
    private static void damagePagesAfterTheFirst(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            assertTrue(pages > 5, "the test database is too small to damage: " + pages + " pages");
            for (long page = 1; page < pages; page++) {
                raf.seek(page * 4096);
                raf.write(new byte[] {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE, (byte) 0xEE, (byte) 0xEE, (byte) 0xEE});
            }
        }
        assertEquals(false, Files.exists(Path.of(file + "-wal")) && Files.size(Path.of(file + "-wal")) > 0,
                "the WAL should be checkpointed into the file on close");
    }
}

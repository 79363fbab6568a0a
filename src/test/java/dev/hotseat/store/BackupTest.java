package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.core.Turn;
import dev.hotseat.support.Fixtures;
import dev.hotseat.web.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup FILE} copies the live SQLite database; the copy restores every session. */
class BackupTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backupTakenWhileServing_restoresEverySession_intoAFreshDataFolder() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("backup.db");
        try (Database live = Database.open(data, Migration.all())) {
            // given a database in use, with a session in it
            SqliteSessionStore store = new SqliteSessionStore(live, WireJson.mapper());
            store.create(new Conversation("kept", Fixtures.customer(), SessionMode.PRACTICE));
            store.saveTurn("kept", Turn.learner(0, "I'm sorry about the parcel"));

            // when it is backed up while still open
            assertEquals(0, run(data, backup.toString()), err.toString());

            // and a session arrives after the backup
            store.create(new Conversation("later", Fixtures.customer(), SessionMode.PRACTICE));
        }

        // then the backup, copied in as a new data folder's database, holds the session as it was
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(backup, restored.resolve("hotseat.db"));
        try (Database db = Database.open(restored, Migration.all())) {
            SqliteSessionStore store = new SqliteSessionStore(db, WireJson.mapper());
            assertEquals(List.of("I'm sorry about the parcel"),
                    store.load("kept").orElseThrow().turns().stream().map(Turn::text).toList());
            assertTrue(store.load("later").isEmpty());
        }
        assertTrue(out.toString().contains("To restore: stop Hotseat"), out.toString());
    }

    @Test
    void existingTarget_isNeverOverwritten() throws Exception {
        Path data = dir.resolve("data");
        Database.open(data, Migration.all()).close();
        Path taken = Files.writeString(dir.resolve("precious.db"), "not to be lost");

        assertEquals(2, run(data, taken.toString()));

        assertEquals("not to be lost", Files.readString(taken));
        assertTrue(err.toString().contains("exists already"), err.toString());
    }

    @Test
    void aBackupThatFailsHalfWay_onAFullDisk_leavesNoFileBehind() throws Exception {
        // given a database of some size, and a target on a disk too small to hold its copy
        Path data = dir.resolve("data");
        try (Database live = Database.open(data, Migration.all())) {
            SqliteSessionStore store = new SqliteSessionStore(live, WireJson.mapper());
            store.create(new Conversation("big", Fixtures.customer(), SessionMode.PRACTICE));
            for (int i = 0; i < 400; i++) {
                store.saveTurn("big", Turn.learner(i, "I'm sorry about the parcel, truly. ".repeat(30) + i));
            }
        }
        Path small = Files.createDirectories(dir.resolve("small"));
        org.junit.jupiter.api.Assumptions.assumeTrue(mount(small),
                "a full disk is a 64 KB tmpfs, and this machine does not let the tests mount one");
        try {
            // when the backup runs out of room
            int code = run(data, small.resolve("backup.db").toString());

            // then it says so, and nothing is left that could pass for a backup
            assertEquals(1, code, out + " " + err);
            assertTrue(err.toString().contains("nothing was left behind"), err.toString());
            try (java.util.stream.Stream<Path> left = Files.list(small)) {
                assertEquals(List.of(), left.toList());
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    @Test
    void aBackupThatWorks_leavesOnlyTheBackup() throws Exception {
        Path data = dir.resolve("data");
        Database.open(data, Migration.all()).close();
        Path target = Files.createDirectories(dir.resolve("backups")).resolve("b.db");

        assertEquals(0, run(data, target.toString()), err.toString());

        try (java.util.stream.Stream<Path> left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList());
        }
    }

    private static boolean mount(Path dir) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void noDatabase_saysWhereItLooked() {
        assertEquals(2, run(dir.resolve("empty"), dir.resolve("b.db").toString()));

        assertTrue(err.toString().contains("No database at"), err.toString());
    }

    private int run(Path data, String target) {
        return BackupCommand.run(data, "", target, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

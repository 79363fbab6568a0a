package dev.hotseat.store;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code java -jar hotseat.jar backup FILE}: an online copy of the SQLite database, taken while Hotseat serves.
 * {@code VACUUM INTO} writes one consistent snapshot (the last commit) to a new, compact file that is itself a
 * database: to restore, stop Hotseat and copy it to {@code <data>/hotseat.db}. It is written under a temporary name
 * beside the target and renamed only once complete and checked, so a backup that fails half-way (a full disk) leaves
 * nothing that could pass for a backup.
 */
public final class BackupCommand {
    private BackupCommand() {
    }

    /** Copies {@code <dataDir>/hotseat.db} to {@code target}; returns the exit code (0 done, 1 failed, 2 bad use). */
    public static int run(Path dataDir, String database, String target, PrintStream out, PrintStream err) {
        if (database != null && !database.isBlank()) {
            err.println("backup copies the SQLite file in --data; for PostgreSQL use its own tools (pg_dump).");
            return 2;
        }
        Path source = dataDir.resolve("hotseat.db");
        Path to = Path.of(target).toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            err.println("No database at '" + source + "' to back up (give the data folder with --data DIR).");
            return 2;
        }
        if (Files.exists(to)) {
            err.println("'" + target + "' exists already; backup never overwrites a file. Give a new name.");
            return 2;
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            copy(source, partial);
            Files.move(partial, to);
        } catch (SQLException | StoreException | IOException e) {
            err.println("Backup of '" + source + "' to '" + target + "' failed, and nothing was left behind: "
                    + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(partial);
        }
        out.println("Backed up '" + source + "' to '" + to + "'. To restore: stop Hotseat, then copy it to '"
                + source + "'.");
        return 0;
    }

    /** Writes the snapshot to {@code partial} and checks it opens as a sound database. */
    private static void copy(Path source, Path partial) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath())) {
            try (Statement wait = c.createStatement()) {
                wait.execute("PRAGMA busy_timeout=5000");
            }
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + partial)) {
            Integrity.check(copy, partial);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the message above already says the backup failed; a stray temporary file is named there
        }
    }
}

package dev.hotseat.store;

import java.io.PrintStream;
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
 * database: to restore, stop Hotseat and copy it to {@code <data>/hotseat.db}.
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath())) {
            try (Statement wait = c.createStatement()) {
                wait.execute("PRAGMA busy_timeout=5000");
            }
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, to.toString());
                vacuum.execute();
            }
        } catch (SQLException e) {
            err.println("Backup of '" + source + "' to '" + target + "' failed: " + e.getMessage());
            return 1;
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + to)) {
            Integrity.check(copy, to);
        } catch (SQLException | StoreException e) {
            err.println("The backup '" + target + "' was written but does not check out: " + e.getMessage());
            return 1;
        }
        out.println("Backed up '" + source + "' to '" + to + "'. To restore: stop Hotseat, then copy it to '"
                + source + "'.");
        return 0;
    }
}

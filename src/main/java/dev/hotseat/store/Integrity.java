package dev.hotseat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's own check of a file, run before Hotseat serves from it: a damaged file found at start is one clear
 * message, where found later it is a share of sessions failing with "internal" and no one knowing why.
 */
final class Integrity {
    /** A damaged file can list thousands of problems; the first few say enough. */
    private static final int SHOWN = 3;

    private Integrity() {
    }

    /** Throws {@link DamagedDatabaseException} when SQLite finds the file damaged or not a database at all. */
    static void check(Connection c, Path file) {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(" + SHOWN + ")")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        if (!problems.equals(List.of("ok"))) {
            throw new DamagedDatabaseException(file, String.join("; ", problems));
        }
    }
}

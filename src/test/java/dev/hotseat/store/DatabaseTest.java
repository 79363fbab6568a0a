package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    /** The newest version shipped; tests add their own steps after it. */

    @TempDir
    Path data;

    @Test
    void freshDatabase_getsEveryMigration_inWalMode() throws Exception {
        try (Database db = Database.open(data, Migration.all())) {
            assertEquals(newest(), db.version());
            assertEquals("wal", query(db, "PRAGMA journal_mode").get(0));
        }
    }

    @Test
    void reopening_appliesEachMigrationOnce_andOnlyNewOnesLater() throws Exception {
        Database.open(data, Migration.all()).close();
        List<Migration> withNext = new ArrayList<>(Migration.all());
        withNext.add(new Migration(newest() + 1, "notes", List.of("ALTER TABLE sessions ADD COLUMN note TEXT")));

        try (Database db = Database.open(data, withNext)) {
            assertEquals(withNext.stream().map(m -> String.valueOf(m.version())).toList(),
                    query(db, "SELECT version FROM schema_version ORDER BY version"));
        }
        try (Database db = Database.open(data, withNext)) {
            assertEquals(newest() + 1, db.version());
        }
    }

    @Test
    void aStepNumberedBelowTheNewest_stillRuns_becauseFeaturesAppendInTheirOwnRanges() throws Exception {
        Database.open(data, Migration.all()).close();
        List<Migration> withThird = new ArrayList<>(Migration.all());
        withThird.add(new Migration(3, "notes", List.of("ALTER TABLE sessions ADD COLUMN note TEXT")));

        try (Database db = Database.open(data, withThird)) {
            List<String> versions = query(db, "SELECT version FROM schema_version ORDER BY version");
            assertEquals(Migration.all().size() + 1, versions.size(), versions.toString());
            assertTrue(versions.contains("3"), "a step numbered below the newest one still runs: " + versions);
        }
    }

    @Test
    void brokenMigration_isRolledBack_andNamedInTheError() throws Exception {
        List<Migration> broken = new ArrayList<>(Migration.all());
        broken.add(new Migration(newest() + 1, "typo", List.of("CREATE TABLE ok (x)", "CREAT TABLE oops (x)")));

        StoreException e = assertThrows(StoreException.class, () -> Database.open(data, broken));

        assertTrue(e.getMessage().contains("Migration " + (newest() + 1) + " (typo)"), e.getMessage());
        try (Database db = Database.open(data, Migration.all())) {
            assertEquals(newest(), db.version());
            assertEquals(List.of(), query(db, "SELECT name FROM sqlite_master WHERE name = 'ok'"));
        }
    }

    @Test
    @Timeout(10)
    void writeAfterClose_failsAtOnce_insteadOfWaitingForAWriterThatIsGone() {
        Database db = Database.open(data, Migration.all());
        db.close();

        SQLException e = assertThrows(SQLException.class, () -> db.write(c -> 1));

        assertEquals("The database is closed", e.getMessage());
    }

    private static int newest() {
        return Migration.all().stream().mapToInt(Migration::version).max().orElseThrow();
    }

    static List<String> query(Database db, String sql) throws Exception {
        return db.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
    }
}

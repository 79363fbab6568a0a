package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.Fixtures;
import dev.hotseat.support.PostgresServer;
import dev.hotseat.web.WireJson;
import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one set of migrations, on a real PostgreSQL server: an empty database, and one that holds rows. */
@Needs(Need.POSTGRESQL)
@Timeout(60)
class PostgresMigrationTest {
    @TempDir
    Path data;

    @Test
    void emptyDatabase_getsEveryMigration_andTheTablesTheStoreNeeds() throws Exception {
        String url = PostgresServer.freshDatabase();

        try (Database db = Database.open(url, data, Migration.all())) {
            assertEquals(Dialect.POSTGRESQL, db.dialect());
            assertEquals(Migration.all().stream().mapToInt(Migration::version).max().orElseThrow(), db.version());
            List<String> tables = DatabaseTest.query(db,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
            assertTrue(tables.containsAll(List.of("grades", "schema_version", "sessions", "turns", "people",
                    "sign_ins", "tries", "shares", "review_marks", "assignments", "prompt_versions")), tables.toString());
        }
    }

    @Test
    void databaseHoldingRows_fromTheFirstMigrations_isBroughtUpToDate_withTheRowsKept() throws Exception {
        // given a database made by an older Hotseat (migrations 1-2 only) that holds a session
        String url = PostgresServer.freshDatabase();
        try (Database old = Database.open(url, data, Migration.all().subList(0, 2))) {
            // written as that older Hotseat wrote it: only the columns migrations 1-2 made
            old.write(connection -> {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.executeUpdate("INSERT INTO sessions (id, scenario, mode, created_at) VALUES "
                            + "('kept', '" + Fixtures.customer().id() + "', 'practice', '2026-01-01T00:00:00Z')");
                    return s.executeUpdate("INSERT INTO turns (session, idx, speaker, text, at) VALUES "
                            + "('kept', 0, 'learner', 'still here', '2026-01-01T00:00:01Z')");
                }
            });
            assertEquals(2, old.version());
        }

        // when this Hotseat opens it, with a later migration that differs per dialect
        List<Migration> newer = new ArrayList<>(Migration.all());
        int next = newer.stream().mapToInt(Migration::version).max().orElseThrow() + 1;
        newer.add(new Migration(next, "a column only PostgreSQL types this way",
                List.of("ALTER TABLE sessions ADD COLUMN tags TEXT"),
                Map.of(Dialect.POSTGRESQL, List.of("ALTER TABLE sessions ADD COLUMN tags TEXT[]"))));
        try (Database db = Database.open(url, data, newer)) {

            // then every migration ran once, the dialect's own statement was used, and the rows are intact
            assertEquals(next, db.version());
            assertEquals(List.of("ARRAY"), DatabaseTest.query(db, "SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'sessions' AND column_name = 'tags'"));
            SqliteSessionStore store = new SqliteSessionStore(db, WireJson.mapper());
            assertEquals("still here", store.load("kept").orElseThrow().turns().getFirst().text());
        }
        try (Database again = Database.open(url, data, newer)) {
            assertTrue(DatabaseTest.query(again, "SELECT COUNT(*) FROM schema_version").contains(String.valueOf(newer.size())));
        }
    }
}

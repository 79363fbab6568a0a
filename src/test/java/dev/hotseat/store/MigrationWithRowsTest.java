package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the first release, holding a session, is brought up to today's schema: every later
 * migration runs over real rows, which keep their values and work with today's store.
 */
class MigrationWithRowsTest {
    private static final String CREATED = "2026-01-05T09:00:00Z";

    @TempDir
    Path data;

    @Test
    void firstReleasesDatabase_withASession_isMigratedToToday_andTheSessionLoadsAndTakesAGrade() throws Exception {
        // given a database at version 1 holding one session with an opening line and a reply
        List<Migration> all = Migration.all();
        Migration first = all.stream().min(Comparator.comparingInt(Migration::version)).orElseThrow();
        try (Database old = Database.open(data, List.of(first))) {
            old.write(connection -> {
                insert(connection, "INSERT INTO sessions (id, scenario, mode, created_at) VALUES (?, ?, ?, ?)",
                        "s-old", "late-parcel", "practice", CREATED);
                insert(connection, "INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "s-old", 0, "partner", "Where is my parcel?", CREATED, 72,
                        "angry", "opening");
                insert(connection, "INSERT INTO turns (session, idx, speaker, text, at) VALUES (?, ?, ?, ?, ?)",
                        "s-old", 1, "learner", "I'm sorry, let me check.", CREATED);
                return null;
            });
        }

        // when today's server opens it
        try (Database today = Database.open(data, all)) {
            SqliteSessionStore store = new SqliteSessionStore(today, WireJson.mapper());
            Grade grade = new Grade(60, List.of(CriterionResult.of("apology", Polarity.POSITIVE, true, 0.9, "sorry",
                    "tip")), "Good start", false, "I'm sorry, I'll check now.", "offline");
            store.saveGrade("s-old", 1, grade);
            StoredSession loaded = store.load("s-old").orElseThrow();

            // then it is at today's version, and the old rows come back whole, with the new grade beside them
            assertEquals(all.stream().mapToInt(Migration::version).max().orElseThrow(), today.version());
            assertEquals("late-parcel", loaded.scenarioId());
            assertEquals(CREATED, loaded.created().toString());
            assertEquals(2, loaded.turns().size());
            assertEquals("Where is my parcel?", loaded.turns().get(0).text());
            assertEquals(72, loaded.turns().get(0).mood().level());
            assertEquals("opening", loaded.turns().get(0).move());
            assertEquals("I'm sorry, let me check.", loaded.turns().get(1).text());
            assertEquals(60, loaded.turns().get(1).grade().score());
            assertNull(loaded.outcome());
        }
    }

    private static void insert(java.sql.Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Outcome;
import dev.hotseat.support.TestDatabases;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Migration 51: interviews stored as 'ended' after the interviewer's close become 'completed' with their verdict. */
class CompletedInterviewsMigrationTest {
    private static final String AT = "2026-02-01T10:00:00Z";

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void interviewClosedByTheInterviewer_isCompletedWithItsVerdict_andACustomerCallTheLearnerEndedStaysEnded(
            Dialect dialect) throws Exception {
        // given a database before migration 51 with an interview that closed strong and a call the learner ended
        String url = TestDatabases.url(dialect);
        List<Migration> before = Migration.all().stream().filter(m -> m.version() < 51).toList();
        String old = WireJson.mapper().writeValueAsString(new SessionReport(Outcome.ENDED, 3, 52, List.of(),
                List.of(), "Ended after 3 replies, average score 52.", 57,
                "Session score 57: you ended it before it was resolved (+15), you showed 5 of 8 skills (+42)."));
        try (Database db = Database.open(url, data, before)) {
            db.write(c -> {
                session(c, "interview", old, "question:main", "close:strong");
                session(c, "call", old, "opening", "calmer+press");
                return null;
            });
        }

        // when today's server opens it
        try (Database today = Database.open(url, data, Migration.all())) {
            SqliteSessionStore store = new SqliteSessionStore(today, WireJson.mapper());
            StoredSession interview = store.load("interview").orElseThrow();
            StoredSession call = store.load("call").orElseThrow();

            // then the interview is completed, scored like a finished session, and the learner's own end is not
            SessionReport report = interview.report();
            assertEquals(Outcome.COMPLETED, interview.outcome());
            assertEquals(Outcome.COMPLETED, report.outcome());
            assertEquals("strong", report.verdict());
            assertEquals(72, report.sessionScore());
            assertTrue(report.sessionWhy().startsWith("Session score 72: the interview ran to its close (+30)"),
                    report.sessionWhy());
            assertTrue(report.summary().startsWith("Interview complete after 3 replies"), report.summary());
            assertEquals(Outcome.ENDED, call.outcome());
            assertNull(call.report().verdict());
        }
    }

    private static void session(java.sql.Connection c, String id, String report, String firstMove, String lastMove)
            throws SQLException {
        insert(c, "INSERT INTO sessions (id, scenario, mode, created_at, outcome, report, ended_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, "service-rep-warm", "practice", AT, "ended", report, AT);
        insert(c, "INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, 0, "partner", "Hello.", AT, 20, "engaged", firstMove);
        insert(c, "INSERT INTO turns (session, idx, speaker, text, at) VALUES (?, ?, ?, ?, ?)", id, 1, "learner",
                "An answer.", AT);
        insert(c, "INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, 2, "partner", "Thank you.", AT, 20, "engaged", lastMove);
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

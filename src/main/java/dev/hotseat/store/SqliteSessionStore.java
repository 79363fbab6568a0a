package dev.hotseat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.conversation.TurnTakenException;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Speaker;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Sessions, turns and grades over JDBC, in SQLite or PostgreSQL alike (the SQL is portable; the name predates
 * PostgreSQL). Grades and reports are kept as JSON. A turn's index is the second half of its primary key, so
 * two nodes can never both store turn 5 of one session: the second gets a {@link TurnTakenException}.
 */
public final class SqliteSessionStore implements SessionStore {
    private final Database db;
    private final ObjectMapper json;

    public SqliteSessionStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void create(Conversation c) {
        write("INSERT INTO sessions (id, scenario, mode, created_at, seed) VALUES (?, ?, ?, ?, ?)",
                c.id(), c.scenario().id(), c.mode().wire(), Instant.now().toString(), c.seed());
    }

    @Override
    public void saveTurn(String sessionId, Turn t) {
        Mood mood = t.mood();
        insertTurn(sessionId, t, "INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sessionId, t.index(), t.speaker().wire(), t.text(),
                t.at().toString(), mood == null ? null : mood.level(), mood == null ? null : mood.label(), t.move());
    }

    /** A turn's row; a clash on its index or client id means another writer (or an earlier try) stored it first. */
    private void insertTurn(String sessionId, Turn t, String sql, Object... values) {
        try {
            update(sql, values);
        } catch (SQLException e) {
            if (duplicateKey(e)) {
                throw new TurnTakenException(sessionId, t.index(), e);
            }
            throw new StoreException("Cannot store turn " + t.index() + " of session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    /** A primary-key clash, in either dialect's words. */
    private static boolean duplicateKey(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            String code = sqlite.getResultCode().name();
            return code.equals("SQLITE_CONSTRAINT_PRIMARYKEY") || code.equals("SQLITE_CONSTRAINT_UNIQUE");
        }
        return "23505".equals(e.getSQLState());
    }

    @Override
    public void saveReply(String sessionId, Turn t, String clientId) {
        insertTurn(sessionId, t, "INSERT INTO turns (session, idx, speaker, text, at, client_id) VALUES (?, ?, ?, ?, ?, ?)",
                sessionId, t.index(), t.speaker().wire(), t.text(), t.at().toString(), clientId);
    }

    @Override
    public Map<String, Integer> clientIds(String sessionId) {
        try {
            return db.read(connection -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT client_id, idx FROM turns WHERE session = ? AND client_id IS NOT NULL")) {
                    s.setString(1, sessionId);
                    Map<String, Integer> ids = new LinkedHashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    return ids;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot read the client ids of session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void saveGrade(String sessionId, int turn, Grade grade) {
        // The upsert both dialects speak: a judged grade may replace an earlier one for the same turn.
        write("""
                INSERT INTO grades (session, turn, score, source, body) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (session, turn) DO UPDATE
                SET score = excluded.score, source = excluded.source, body = excluded.body""",
                sessionId, turn, grade.score(), String.valueOf(grade.source()), toJson(grade));
    }

    @Override
    public void saveEnd(String sessionId, Outcome outcome, SessionReport report) {
        write("UPDATE sessions SET outcome = ?, report = ?, ended_at = ? WHERE id = ?",
                outcome.wire(), toJson(report), Instant.now().toString(), sessionId);
    }

    @Override
    public Optional<StoredSession> load(String sessionId) {
        try {
            return db.read(connection -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT scenario, mode, created_at, outcome, report, seed FROM sessions WHERE id = ?")) {
                    s.setString(1, sessionId);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        String outcome = rs.getString(4);
                        String report = rs.getString(5);
                        long seed = rs.getLong(6);
                        seed = rs.wasNull() ? Conversation.seedOf(sessionId) : seed;
                        return Optional.of(new StoredSession(sessionId, rs.getString(1), SessionMode.of(rs.getString(2)),
                                Instant.parse(rs.getString(3)), turns(connection, sessionId),
                                outcome == null ? null : Outcome.of(outcome),
                                report == null ? null : fromJson(report, SessionReport.class), seed));
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot read session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    private List<Turn> turns(Connection connection, String sessionId) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT t.idx, t.speaker, t.text, t.at, t.mood_level, t.mood_label, t.move, g.body
                FROM turns t LEFT JOIN grades g ON g.session = t.session AND g.turn = t.idx
                WHERE t.session = ? ORDER BY t.idx""")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(5);
                    Mood mood = rs.wasNull() ? null : new Mood(level, rs.getString(6));
                    String grade = rs.getString(8);
                    turns.add(new Turn(rs.getInt(1), Speaker.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                            Instant.parse(rs.getString(4)), mood, rs.getString(7),
                            grade == null ? null : fromJson(grade, Grade.class)));
                }
            }
        }
        return turns;
    }

    private void write(String sql, Object... values) {
        try {
            update(sql, values);
        } catch (SQLException e) {
            throw new StoreException("Cannot write to the database: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        db.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}

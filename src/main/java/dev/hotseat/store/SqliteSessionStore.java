package dev.hotseat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Speaker;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Grade;
import dev.hotseat.persona.Mood;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sessions, turns and grades in SQLite; grades and reports are kept as JSON. */
public final class SqliteSessionStore implements SessionStore {
    private final Database db;
    private final ObjectMapper json;

    public SqliteSessionStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void create(Conversation c) {
        write("INSERT INTO sessions (id, scenario, mode, created_at) VALUES (?, ?, ?, ?)",
                c.id(), c.scenario().id(), c.mode().wire(), Instant.now().toString());
    }

    @Override
    public void saveTurn(String sessionId, Turn t) {
        Mood mood = t.mood();
        write("INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId, t.index(), t.speaker().wire(), t.text(), t.at().toString(),
                mood == null ? null : mood.level(), mood == null ? null : mood.label(), t.move());
    }

    @Override
    public void saveGrade(String sessionId, int turn, Grade grade) {
        write("INSERT OR REPLACE INTO grades (session, turn, score, source, body) VALUES (?, ?, ?, ?, ?)",
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
                        "SELECT scenario, mode, created_at, outcome, report FROM sessions WHERE id = ?")) {
                    s.setString(1, sessionId);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        String outcome = rs.getString(4);
                        String report = rs.getString(5);
                        return Optional.of(new StoredSession(sessionId, rs.getString(1), SessionMode.of(rs.getString(2)),
                                Instant.parse(rs.getString(3)), turns(connection, sessionId),
                                outcome == null ? null : Outcome.of(outcome),
                                report == null ? null : fromJson(report, SessionReport.class)));
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
            db.write(connection -> {
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        s.setObject(i + 1, values[i]);
                    }
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot write to the database: " + e.getMessage(), e);
        }
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

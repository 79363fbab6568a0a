package dev.hotseat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.Mood;
import dev.hotseat.core.Speaker;
import dev.hotseat.conversation.Try;
import dev.hotseat.conversation.TryStore;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tries in the {@code tries} table: the turns (with each grade's JSON) moved out of {@code turns}. */
public record SqliteTryStore(Database db, ObjectMapper json) implements TryStore {
    @Override
    public void setAside(String sessionId, int fromTurn, int attempt) {
        try {
            db.write(c -> {
                try (PreparedStatement copy = c.prepareStatement("""
                        INSERT INTO tries (session, attempt, idx, speaker, text, at, mood_level, mood_label, move, grade)
                        SELECT t.session, ?, t.idx, t.speaker, t.text, t.at, t.mood_level, t.mood_label, t.move, g.body
                        FROM turns t LEFT JOIN grades g ON g.session = t.session AND g.turn = t.idx
                        WHERE t.session = ? AND t.idx >= ?""");
                     PreparedStatement grades = c.prepareStatement("DELETE FROM grades WHERE session = ? AND turn >= ?");
                     PreparedStatement turns = c.prepareStatement("DELETE FROM turns WHERE session = ? AND idx >= ?");
                     // A coach's marks were on the replies set aside, not on the new ones that take their turns.
                     PreparedStatement marks = c.prepareStatement("DELETE FROM review_marks WHERE session = ? AND turn >= ?");
                     PreparedStatement scores = c.prepareStatement("DELETE FROM review_scores WHERE session = ? AND turn >= ?");
                     // The dashboard tallies the session again from what is left (review/CriterionTally).
                     PreparedStatement tallied = c.prepareStatement("DELETE FROM tallied_turns WHERE session = ? AND turn >= ?")) {
                    copy.setInt(1, attempt);
                    copy.setString(2, sessionId);
                    copy.setInt(3, fromTurn);
                    copy.executeUpdate();
                    for (PreparedStatement delete : List.of(grades, turns, marks, scores, tallied)) {
                        delete.setString(1, sessionId);
                        delete.setInt(2, fromTurn);
                        delete.executeUpdate();
                    }
                    return null;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot set aside turns of session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    @Override
    public List<Try> tries(String sessionId) {
        try {
            return SqliteSessionStore.readable(sessionId, () -> db.read(c -> {
                Map<Integer, List<Turn>> byAttempt = new LinkedHashMap<>();
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT attempt, idx, speaker, text, at, mood_level, mood_label, move, grade
                        FROM tries WHERE session = ? ORDER BY attempt, idx""")) {
                    s.setString(1, sessionId);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            int level = rs.getInt(6);
                            Mood mood = rs.wasNull() ? null : new Mood(level, rs.getString(7));
                            String grade = rs.getString(9);
                            byAttempt.computeIfAbsent(rs.getInt(1), a -> new ArrayList<>()).add(new Turn(rs.getInt(2),
                                    Speaker.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                                    Instant.parse(rs.getString(5)), mood, rs.getString(8),
                                    grade == null ? null : grade(grade)));
                        }
                    }
                }
                List<Try> tries = new ArrayList<>();
                byAttempt.forEach((attempt, turns) -> tries.add(new Try(attempt, turns.get(0).index(), turns)));
                return tries;
            }));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the tries of session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    private Grade grade(String text) {
        try {
            return json.readValue(text, Grade.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read a stored grade: " + e.getOriginalMessage(), e);
        }
    }
}

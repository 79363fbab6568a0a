package dev.hotseat.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.Grade;
import dev.hotseat.review.CoachMarks;
import dev.hotseat.store.Database;
import dev.hotseat.store.SessionTables;
import dev.hotseat.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one owner's sessions for the history and progress pages, and deletes a session outright. */
public final class HistoryStore {
    private final Database db;
    private final ObjectMapper json;

    public HistoryStore(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A stored session row, before names are looked up. */
    record Row(String session, String scenario, String mode, Instant started, Instant ended, String outcome,
               Integer reportScore, Double meanSoFar, int replies, Integer automaticScore) {
    }

    /** The owner's sessions with at least one reply, newest first. */
    List<Row> sessions(String owner) {
        return read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT s.id, s.scenario, s.mode, s.created_at, s.ended_at, s.outcome, s.report,
                      (SELECT COUNT(*) FROM turns t WHERE t.session = s.id AND t.speaker = 'learner'),
                      (SELECT AVG(COALESCE(r.score, g.score)) FROM grades g
                       LEFT JOIN review_scores r ON r.session = g.session AND r.turn = g.turn WHERE g.session = s.id),
                      (SELECT COUNT(*) FROM review_scores r WHERE r.session = s.id),
                      (SELECT AVG(g.score) FROM grades g WHERE g.session = s.id)
                    FROM sessions s WHERE s.owner = ? ORDER BY s.created_at DESC, s.id""")) {
                s.setString(1, owner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int replies = rs.getInt(8);
                        if (replies == 0) {
                            continue;
                        }
                        String report = rs.getString(7);
                        double mean = rs.getDouble(9);
                        Double meanSoFar = rs.wasNull() ? null : mean;
                        // A coach's marks change reply scores after the report was written: their word counts.
                        boolean reviewed = rs.getInt(10) > 0 && meanSoFar != null;
                        String ended = rs.getString(5);
                        double automaticMean = rs.getDouble(11);
                        Integer automatic = report != null ? (Integer) json.readTree(report).path("averageScore").asInt()
                                : rs.wasNull() ? null : (Integer) (int) Math.round(automaticMean);
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                                ended == null ? null : Instant.parse(ended), rs.getString(6),
                                report == null ? null : reviewed ? (Integer) (int) Math.round(meanSoFar) : automatic,
                                meanSoFar, replies, automatic));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("A stored report is not JSON: " + e.getOriginalMessage(), e);
            }
            return rows;
        });
    }

    /** Who reviewed each of the owner's sessions (marks, comments or a verdict): session to coaches' names. */
    Map<String, List<String>> reviewers(String owner) {
        return read(c -> {
            Map<String, List<String>> out = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT DISTINCT r.session, r.coach FROM (
                      SELECT session, coach FROM review_marks UNION SELECT session, coach FROM review_comments
                      UNION SELECT session, coach FROM review_verdicts) r
                    JOIN sessions s ON s.id = r.session WHERE s.owner = ? ORDER BY r.session, r.coach""")) {
                s.setString(1, owner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** The grades of the final branch of each of these sessions, in turn order, with coaches' marks applied. */
    Map<String, List<Grade>> grades(List<String> sessions) {
        return read(c -> {
            Map<String, List<Grade>> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT turn, body FROM grades WHERE session = ? ORDER BY turn");
                 PreparedStatement m = c.prepareStatement("SELECT turn, criterion, shown FROM review_marks WHERE session = ?")) {
                for (String session : sessions) {
                    Map<Integer, Map<String, Boolean>> marks = new HashMap<>();
                    m.setString(1, session);
                    try (ResultSet rs = m.executeQuery()) {
                        while (rs.next()) {
                            marks.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3) == 1);
                        }
                    }
                    s.setString(1, session);
                    List<Grade> grades = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            grades.add(CoachMarks.detections(json.readValue(rs.getString(2), Grade.class),
                                    marks.getOrDefault(rs.getInt(1), Map.of())));
                        }
                    }
                    out.put(session, grades);
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("A stored grade is not JSON: " + e.getOriginalMessage(), e);
            }
            return out;
        });
    }

    /**
     * Deletes a session and everything of it (turns, grades, tries, share links, coaches' review and the
     * dashboard's tallies of it) in one transaction.
     */
    public boolean delete(String session) {
        try {
            return db.write(c -> {
                boolean existed = exists(c, session);
                SessionTables.delete(c, List.of(session));
                return existed;
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot delete session '" + session + "': " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String session) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            s.setString(1, session);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private <T> T read(Database.SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the history: " + e.getMessage(), e);
        }
    }
}

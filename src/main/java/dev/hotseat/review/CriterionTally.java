package dev.hotseat.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.store.Sql;
import dev.hotseat.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per session, in one row of {@code session_scores}: how many replies were graded and their summed score, and per
 * criterion how many replies were graded on it and in how many it was shown ({@link Tally}), all with coaches'
 * marks winning over the evaluator's. Grades are
 * JSON in the store; reading 50,000 of them (and their bodies) for every dashboard would be slow, so each session
 * is tallied once and again only when it gets new grades or new marks.
 */
public final class CriterionTally {
    private final Sql sql;
    private final ObjectMapper json;

    public CriterionTally(dev.hotseat.store.Database db, ObjectMapper json) {
        this.sql = new Sql(db);
        this.json = json;
    }

    /** Tallies every session with grades not yet counted; costs two counts when there is nothing new. */
    public void catchUp() {
        List<Long> counts = sql.query("SELECT (SELECT COUNT(*) FROM grades), (SELECT COUNT(*) FROM tallied_turns)",
                rs -> rs.getLong(1) - rs.getLong(2));
        if (counts.get(0) == 0) {
            return;
        }
        List<String> sessions = sql.query("""
                SELECT DISTINCT g.session FROM grades g
                LEFT JOIN tallied_turns t ON t.session = g.session AND t.turn = g.turn
                WHERE t.session IS NULL""", rs -> rs.getString(1));
        sql.write(connection -> {
            for (String session : sessions) {
                retally(connection, session);
            }
            return null;
        });
    }

    /** Counts one session again from its grades and marks, inside the caller's transaction. */
    void retally(Connection connection, String session) throws SQLException {
        Map<String, Integer> marks = new HashMap<>();
        for (var m : Sql.query(connection, "SELECT turn, criterion, shown FROM review_marks WHERE session = ?",
                rs -> Map.entry(rs.getInt(1) + "/" + rs.getString(2), rs.getInt(3)), session)) {
            marks.put(m.getKey(), m.getValue());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> polarity = new HashMap<>();
        List<Map.Entry<Integer, String>> grades = Sql.query(connection,
                "SELECT turn, body FROM grades WHERE session = ?", rs -> Map.entry(rs.getInt(1), rs.getString(2)), session);
        List<Integer> scores = Sql.query(connection, """
                SELECT COALESCE(r.score, g.score) FROM grades g
                LEFT JOIN review_scores r ON r.session = g.session AND r.turn = g.turn WHERE g.session = ?""",
                rs -> rs.getInt(1), session);
        for (var grade : grades) {
            for (JsonNode c : read(grade.getValue()).path("criteria")) {
                String id = c.path("id").asText();
                if (!Tally.ID.matcher(id).matches()) {
                    continue;
                }
                Integer mark = marks.get(grade.getKey() + "/" + id);
                boolean shown = mark == null ? c.path("detected").asBoolean() : mark == 1;
                int[] count = counts.computeIfAbsent(id, k -> new int[2]);
                count[0]++;
                count[1] += shown ? 1 : 0;
                polarity.put(id, c.path("polarity").asText("positive"));
            }
        }
        StringBuilder criteria = new StringBuilder();
        for (var e : counts.entrySet()) {
            criteria.append(criteria.isEmpty() ? "" : ";").append(e.getKey()).append(':')
                    .append("negative".equals(polarity.get(e.getKey())) ? '-' : '+').append(':')
                    .append(e.getValue()[0]).append(':').append(e.getValue()[1]);
        }
        Sql.update(connection, "DELETE FROM tallied_turns WHERE session = ?", session);
        Sql.update(connection, "DELETE FROM session_scores WHERE session = ?", session);
        Sql.update(connection, "INSERT INTO session_scores (session, replies, score_sum, criteria) VALUES (?, ?, ?, ?)",
                session, scores.size(), scores.stream().mapToInt(Integer::intValue).sum(), criteria.toString());
        for (var grade : grades) {
            Sql.update(connection, "INSERT INTO tallied_turns (session, turn) VALUES (?, ?)", session, grade.getKey());
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("Cannot read a stored grade: " + e.getOriginalMessage(), e);
        }
    }
}

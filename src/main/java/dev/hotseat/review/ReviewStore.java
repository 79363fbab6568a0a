package dev.hotseat.review;

import dev.hotseat.store.Database;
import dev.hotseat.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Coaches' marks, comments and verdicts, and the turn scores their marks change. */
public final class ReviewStore {
    private final Sql sql;
    private final CriterionTally tally;

    public ReviewStore(Database db, CriterionTally tally) {
        this.sql = new Sql(db);
        this.tally = tally;
    }

    /** Everything coaches said about a session (empty lists when nothing). */
    public SessionReview load(String session) {
        List<SessionReview.Mark> marks = sql.query("""
                SELECT turn, criterion, shown, reason, coach, at FROM review_marks
                WHERE session = ? ORDER BY turn, criterion""",
                rs -> new SessionReview.Mark(rs.getInt(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6))), session);
        List<SessionReview.Comment> comments = sql.query("""
                SELECT id, turn, text, coach, at FROM review_comments WHERE session = ? ORDER BY at, id""",
                rs -> new SessionReview.Comment(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))), session);
        List<SessionReview.Verdict> verdict = sql.query(
                "SELECT pass, reason, coach, at FROM review_verdicts WHERE session = ?",
                rs -> new SessionReview.Verdict(rs.getInt(1) == 1, rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4))), session);
        return new SessionReview(session, marks, comments, verdict.isEmpty() ? null : verdict.get(0));
    }

    /**
     * Stores a coach's changes to one session in one transaction, with the turn scores they lead to.
     *
     * @param verdict null leaves the verdict as it was
     * @param scores  the adjusted score of every turn that has marks, by turn
     */
    public void save(String session, List<SessionReview.Mark> marks, List<SessionReview.Comment> comments,
                     SessionReview.Verdict verdict, Map<Integer, Integer> scores) {
        sql.write(connection -> {
            for (SessionReview.Mark m : marks) {
                Sql.update(connection, """
                        INSERT INTO review_marks (session, turn, criterion, shown, reason, coach, at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (session, turn, criterion) DO UPDATE SET shown = excluded.shown,
                          reason = excluded.reason, coach = excluded.coach, at = excluded.at""",
                        session, m.turn(), m.criterion(), m.shown() ? 1 : 0, m.reason(), m.coach(), m.at().toString());
            }
            for (SessionReview.Comment c : comments) {
                Sql.update(connection, "INSERT INTO review_comments (id, session, turn, text, coach, at) VALUES (?, ?, ?, ?, ?, ?)",
                        c.id(), session, c.turn(), c.text(), c.coach(), c.at().toString());
            }
            if (verdict != null) {
                Sql.update(connection, """
                        INSERT INTO review_verdicts (session, pass, reason, coach, at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (session) DO UPDATE SET pass = excluded.pass, reason = excluded.reason,
                          coach = excluded.coach, at = excluded.at""",
                        session, verdict.pass() ? 1 : 0, verdict.reason(), verdict.coach(), verdict.at().toString());
            }
            saveScores(connection, session, scores);
            if (!marks.isEmpty()) {
                tally.retally(connection, session);
            }
            return null;
        });
    }

    private static void saveScores(Connection connection, String session, Map<Integer, Integer> scores)
            throws SQLException {
        for (var e : scores.entrySet()) {
            Sql.update(connection, """
                    INSERT INTO review_scores (session, turn, score) VALUES (?, ?, ?)
                    ON CONFLICT (session, turn) DO UPDATE SET score = excluded.score""",
                    session, e.getKey(), e.getValue());
        }
    }

    /** Every mark by every coach, for the agreement figures, oldest session first. */
    public List<MarkedTurn> allMarks() {
        return sql.query("""
                SELECT m.session, m.turn, m.criterion, m.shown, m.reason, m.coach, g.body
                FROM review_marks m JOIN grades g ON g.session = m.session AND g.turn = m.turn
                JOIN sessions s ON s.id = m.session
                WHERE %s
                ORDER BY m.session, m.turn, m.criterion""".formatted(Practices.LEARNERS_ONLY),
                rs -> new MarkedTurn(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4) == 1,
                        rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    /** A mark with the stored grade (JSON) of the turn it is on. */
    public record MarkedTurn(String session, int turn, String criterion, boolean shown, String reason, String coach,
                             String gradeJson) {
    }
}

package dev.hotseat.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.hotseat.store.Database;
import dev.hotseat.store.Sql;
import java.util.List;

/**
 * Sessions counted as practices: at least one graded reply, scored by the mean of their replies after coaches'
 * marks (from the {@link CriterionTally}, brought up to date first). Shared by the dashboard and by assignments,
 * so both count a practice the same way.
 */
final class Practices {
    /**
     * SQL over {@code sessions s}: a learner's practice, not a coach's. A coach's "Try it yourself" runs on a draft
     * ({@code draft-…}), and a coach practising themselves owns the session as a coach account (or as the coach
     * token's socket): none of it is the team's practice, anywhere figures are counted.
     */
    static final String LEARNERS_ONLY = "s.scenario NOT LIKE 'draft-%' AND COALESCE(s.owner, '') <> 'coach-token'"
            + " AND NOT EXISTS (SELECT 1 FROM people coach WHERE coach.id = s.owner AND coach.role = 'coach')";

    private final Sql sql;
    private final CriterionTally tally;
    private final People people;

    Practices(Database db, CriterionTally tally, People people) {
        this.sql = new Sql(db);
        this.tally = tally;
        this.people = people;
    }

    /**
     * One counted session.
     *
     * @param verdict  a coach's pass (true) or fail (false); null when no coach gave one
     * @param criteria the session's criteria tally (see {@link Tally})
     */
    record Practice(String session, String scenario, String mode, String started, String outcome, String learner,
                    int replies, double score, Boolean verdict, @JsonIgnore String criteria) {

        /** The coach's verdict when there is one, else the score against the mark. */
        boolean passed(int passMark) {
            return verdict != null ? verdict : score >= passMark;
        }

        /** The learner ended or left it before it was resolved. */
        boolean droppedOff() {
            return outcome == null || outcome.equals("ended");
        }
    }

    /** The practices matching {@code where} (SQL over {@code sessions s}, with {@code ?} bound to values), oldest first. */
    List<Practice> find(String where, Object... values) {
        String owner = people.ownerColumn();
        tally.catchUp();
        return sql.query("""
                SELECT s.id, s.scenario, s.mode, s.created_at, s.outcome, %s, a.replies, 1.0 * a.score_sum / a.replies, v.pass, a.criteria
                FROM sessions s
                JOIN session_scores a ON a.session = s.id
                LEFT JOIN review_verdicts v ON v.session = s.id
                WHERE %s AND (%s)
                ORDER BY s.created_at, s.id""".formatted(owner, LEARNERS_ONLY, where),
                rs -> {
                    int pass = rs.getInt(9);
                    Boolean verdict = rs.wasNull() ? null : pass == 1;
                    return new Practice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getDouble(8), verdict,
                            rs.getString(10));
                }, values);
    }

    /** SQL over {@code sessions s} keeping sessions in the filter's days and group; adds the values it binds. */
    String where(DashboardFilter filter, List<Object> values) {
        values.add(filter.start());
        values.add(filter.end());
        String where = "s.created_at >= ? AND s.created_at < ?";
        if (filter.group() != null) {
            values.add(filter.group());
            where += " AND " + people.ownerColumn() + " IN (SELECT learner FROM learner_groups WHERE group_name = ?)";
        }
        return where;
    }
}

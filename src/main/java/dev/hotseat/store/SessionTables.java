package dev.hotseat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Every table that holds rows of one session, kept here beside the migrations that make them: deleting a session
 * (the learner's DELETE) and removing old ones ({@code --keep-days}) both go by this one list. A migration that adds
 * a table with a {@code session} column adds it here too; {@code SessionTablesTest} fails until it does.
 */
public final class SessionTables {
    /** Children before what they reference (grades before turns, everything before sessions), so foreign keys hold. */
    static final List<String> CHILDREN = List.of("shares", "tries", "review_marks", "review_comments",
            "review_verdicts", "review_scores", "session_scores", "tallied_turns", "grades", "turns");

    /**
     * Rows that make a session worth more than its age: a coach reviewed it, so {@code --keep-days} keeps it (a
     * reviewed session is what the agreement figures and the learner's review page are made of).
     */
    static final List<String> REVIEWS = List.of("review_marks", "review_comments", "review_verdicts");

    private SessionTables() {
    }

    /** Deletes these sessions and every row of theirs, inside the caller's transaction. */
    public static void delete(Connection c, List<String> sessions) throws SQLException {
        if (sessions.isEmpty()) {
            return;
        }
        String in = String.join(", ", Collections.nCopies(sessions.size(), "?"));
        for (String table : CHILDREN) {
            run(c, "DELETE FROM " + table + " WHERE session IN (" + in + ")", sessions);
        }
        run(c, "DELETE FROM sessions WHERE id IN (" + in + ")", sessions);
    }

    /** Every table named in this list: the children and {@code sessions} itself. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>(CHILDREN);
        all.add("sessions");
        return all;
    }

    private static void run(Connection c, String sql, List<String> sessions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < sessions.size(); i++) {
                s.setString(i + 1, sessions.get(i));
            }
            s.executeUpdate();
        }
    }
}

package dev.hotseat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --keep-days N}: removes transcripts nobody has touched for N days. A session goes when it was created
 * before the cutoff and none of its turns is newer, unless what coaches rely on needs it: a coach reviewed it, or
 * it counts toward an assignment (an ended session of the assigned scenario, started after the assignment was set,
 * by a learner it was set for: what {@code review/Assignments} reads to say "passed"). Its rows go from every table
 * in {@link SessionTables}, then the session itself.
 */
public final class Retention {
    /** Sessions removed per transaction, so SQLite's writer is never held for long. */
    private static final int CHUNK = 200;
    private final Database db;

    public Retention(Database db) {
        this.db = db;
    }

    /**
     * {@code --keep-days}: removes transcripts idle for more than {@code keepDays}, at once and every six hours,
     * on a thread of its own until closed. A failure is logged and tried again next time. 0 does nothing.
     */
    public static AutoCloseable schedule(Database db, int keepDays) {
        if (keepDays <= 0) {
            return () -> { };
        }
        Logger log = LoggerFactory.getLogger(Retention.class);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("hotseat-keep-days").factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                int removed = new Retention(db).removeIdleSince(Instant.now().minus(Duration.ofDays(keepDays)));
                if (removed > 0) {
                    log.info("Removed {} transcripts idle for over {} days", removed, keepDays);
                }
            } catch (RuntimeException e) {
                log.warn("Could not remove old transcripts: {}", e.getMessage());
            }
        }, 0, 6, TimeUnit.HOURS);
        return timer::shutdownNow;
    }

    /** Removes the sessions idle since before {@code cutoff}; returns how many. */
    public int removeIdleSince(Instant cutoff) {
        try {
            List<String> ids = db.read(c -> idle(c, cutoff.toString()));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                db.write(c -> {
                    SessionTables.delete(c, chunk);
                    return null;
                });
            }
            return ids.size();
        } catch (SQLException e) {
            throw new StoreException("Cannot remove old transcripts: " + e.getMessage(), e);
        }
    }

    private static List<String> idle(Connection c, String cutoff) throws SQLException {
        List<String> ids = new ArrayList<>();
        StringBuilder reviewed = new StringBuilder();
        for (String table : SessionTables.REVIEWS) {
            reviewed.append(" AND NOT EXISTS (SELECT 1 FROM ").append(table).append(" r WHERE r.session = s.id)");
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.id FROM sessions s WHERE s.created_at < ?
                AND NOT EXISTS (SELECT 1 FROM turns t WHERE t.session = s.id AND t.at >= ?)"""
                + reviewed + """
                 AND NOT EXISTS (SELECT 1 FROM assignments a
                   JOIN assignment_learners l ON l.assignment = a.id
                   JOIN people p ON p.name = l.learner
                   WHERE p.id = s.owner AND a.scenario = s.scenario AND s.created_at >= a.created_at
                   AND s.outcome IS NOT NULL)""")) {
            s.setString(1, cutoff);
            s.setString(2, cutoff);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}

package dev.hotseat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --keep-days N}: removes transcripts nobody has touched for N days. A session goes when it was created
 * before the cutoff and none of its turns is newer. Its rows go from every table with a {@code session} column
 * (turns, grades, and whatever tables other features add, by that convention), then the session itself.
 * Foreign keys between those tables decide the order, found by trying: a delete a reference still blocks is
 * rolled back to its savepoint and tried again after the others.
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
                    remove(c, chunk);
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
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.id FROM sessions s WHERE s.created_at < ?
                AND NOT EXISTS (SELECT 1 FROM turns t WHERE t.session = s.id AND t.at >= ?)""")) {
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

    private void remove(Connection c, List<String> ids) throws SQLException {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<String> pending = new ArrayList<>(childTables(c));
        // The likely order first: tables other features add, then turns; sessions last of all.
        pending.sort((a, b) -> Boolean.compare(a.equals("turns"), b.equals("turns")));
        pending.add("sessions");
        while (!pending.isEmpty()) {
            List<String> blocked = new ArrayList<>();
            SQLException lastRefusal = null;
            for (String table : pending) {
                String column = table.equals("sessions") ? "id" : "session";
                Savepoints.set(c, "remove_rows");
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + in + ")")) {
                    for (int i = 0; i < ids.size(); i++) {
                        s.setString(i + 1, ids.get(i));
                    }
                    s.executeUpdate();
                    Savepoints.release(c, "remove_rows");
                } catch (SQLException stillReferenced) {
                    if (SqliteConnections.endsTransaction(stillReferenced)) {
                        throw stillReferenced;
                    }
                    Savepoints.rollback(c, "remove_rows");
                    blocked.add(table);
                    lastRefusal = stillReferenced;
                }
            }
            if (blocked.size() == pending.size()) {
                throw new SQLException("Rows in " + blocked + " are still referenced from a table without a "
                        + "'session' column: " + lastRefusal.getMessage(), lastRefusal);
            }
            pending = blocked;
        }
    }

    /** Every table but sessions with a column named {@code session}. Names come from the catalog, never from input. */
    private List<String> childTables(Connection c) throws SQLException {
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                  + "AND column_name = 'session' AND table_name <> 'sessions'"
                : "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                  + "WHERE m.type = 'table' AND p.name = 'session' AND m.name <> 'sessions'";
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Collections.sort(tables);
        return tables;
    }
}

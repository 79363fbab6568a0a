package dev.hotseat.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether writes are getting through: the last write that failed for want of storage (disk full, file locked or
 * read-only, database unreachable) until a later write succeeds. A write refused for its data (a duplicate key)
 * or a mistake in its SQL says nothing about the storage and is not counted. {@code /health} reads it, so a load
 * balancer stops sending learners to a node whose every write fails.
 */
final class WriteHealth {
    private static final Logger LOG = LoggerFactory.getLogger(WriteHealth.class);
    /** When writes began to fail; null while they go through. */
    private final AtomicReference<Instant> failingSince = new AtomicReference<>();

    /** A write committed: storage works. */
    void succeeded() {
        Instant was = failingSince.getAndSet(null);
        if (was != null) {
            LOG.info("Writes go through again (they failed from {})", was);
        }
    }

    /** A write failed; counted when the reason is the storage, not the data. The details go to the log only. */
    void failed(SQLException e) {
        if (storageTrouble(e) && failingSince.compareAndSet(null, Instant.now())) {
            LOG.warn("Writes are failing: {}", e.getMessage());
        }
    }

    /**
     * Why writes are failing now, in words fit for a public health check (no paths, hosts or SQL), or empty when
     * the last write that counts went through.
     */
    Optional<String> trouble() {
        Instant since = failingSince.get();
        return since == null ? Optional.empty() : Optional.of("writes to the database fail (since " + since + ")");
    }

    /**
     * True unless the database refused the data (a constraint, SQLite's result code 19 and PostgreSQL's class 23) or
     * the statement (SQLite's generic error 1, PostgreSQL's class 42): what remains is the disk, a lock, the
     * connection or the server.
     */
    static boolean storageTrouble(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary != 19 && primary != 1;
        }
        String state = e.getSQLState();
        return state == null || !(state.startsWith("23") || state.startsWith("42"));
    }
}

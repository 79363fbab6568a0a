package dev.hotseat.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL through a HikariCP pool: turns of different sessions never wait for each other, and the server
 * orders concurrent writes. The work runs on {@link PlatformWork} threads, one per pooled connection, so a
 * connection is never held by a virtual thread waiting for a carrier (measured under load before this:
 * 10 connections, 3 idle, 200 callers timing out on the pool).
 */
final class PooledConnections implements Connections {
    private final HikariDataSource pool;
    private final PlatformWork workers;

    PooledConnections(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("hotseat");
        config.setMaximumPoolSize(size);
        // Each of the pool's threads has a connection of its own, so a wait here means the server is unreachable:
        // the learner hears "not stored, send again" after 5 s rather than 30.
        config.setConnectionTimeout(5_000);
        // Fail at start, with the driver's reason, when the server cannot be reached.
        config.setInitializationFailTimeout(1);
        this.pool = new HikariDataSource(config);
        this.workers = new PlatformWork("hotseat-db", size);
    }

    @Override
    public <T> T read(Database.SqlWork<T> work) throws SQLException {
        return workers.run(() -> run(work, false));
    }

    @Override
    public <T> T write(Database.SqlWork<T> work) throws SQLException {
        return workers.run(() -> run(work, true));
    }

    /**
     * Runs the work once more, on another connection, when the first was found dead before anything was committed:
     * after a database restart the pool still holds connections the server has closed, and one used in the last
     * half second is handed out unchecked. PostgreSQL rolls back whatever a dropped connection had not committed,
     * so the second run cannot double a write. A failure at the commit itself is not run again: the server may
     * have committed before the line broke, and the caller's own checks decide (a resent reply finds its row).
     */
    private <T> T run(Database.SqlWork<T> work, boolean transaction) throws SQLException {
        try {
            return once(work, transaction);
        } catch (SQLException e) {
            if (e instanceof NotRunAgain || !lostConnection(e)) {
                throw e;
            }
            return once(work, transaction);
        }
    }

    private <T> T once(Database.SqlWork<T> work, boolean transaction) throws SQLException {
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            // Not asked for twice: the pool has already waited its timeout, and so has the learner.
            throw new NotRunAgain(e);
        }
        try (c) {
            if (!transaction) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw new NotRunAgain(e);
            }
            // The pool sets auto-commit back when the connection returns to it.
            return result;
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException broken) {
            // The connection is gone with the transaction on it; the first failure is the one worth reporting.
            cause.addSuppressed(broken);
        }
    }

    /** SQLSTATE class 08 (connection exception) or 57P0x (the server shut down or is starting): nothing committed. */
    private static boolean lostConnection(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure that running the work again would not mend or could make worse: no connection within the pool's
     * timeout, or a commit the server may have made before the line broke.
     */
    private static final class NotRunAgain extends SQLException {
        NotRunAgain(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        }
    }

    @Override
    public java.util.Map<String, java.util.function.Supplier<Number>> figures() {
        return java.util.Map.of(
                "hotseat.db.connections.active", () -> pool.getHikariPoolMXBean().getActiveConnections(),
                "hotseat.db.connections.idle", () -> pool.getHikariPoolMXBean().getIdleConnections(),
                "hotseat.db.connections.waiting", () -> pool.getHikariPoolMXBean().getThreadsAwaitingConnection());
    }

    @Override
    public void close() {
        workers.close();
        pool.close();
    }
}

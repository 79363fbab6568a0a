package dev.hotseat.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL through a HikariCP pool: every read and write borrows a connection of its own, so turns of
 * different sessions never wait for each other, and the server orders concurrent writes.
 */
final class PooledConnections implements Connections {
    private final HikariDataSource pool;

    PooledConnections(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("hotseat");
        config.setMaximumPoolSize(size);
        // A turn waits at most this long for a connection before the learner hears it failed. Under a burst on a
        // busy machine, holders of a connection can wait seconds for a CPU: 10 s turned slowness into errors.
        config.setConnectionTimeout(30_000);
        // Fail at start, with the driver's reason, when the server cannot be reached.
        config.setInitializationFailTimeout(1);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public <T> T read(Database.SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    @Override
    public <T> T write(Database.SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

package dev.hotseat.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * PostgreSQL through a HikariCP pool: turns of different sessions never wait for each other, and the server
 * orders concurrent writes. The work itself runs on a few platform threads, one per pooled connection, not on
 * the caller's virtual thread: a virtual thread is not time-sliced, so under a CPU-bound burst one holding a
 * connection could wait seconds behind evaluator work for a carrier while the others time out on the pool
 * (measured: 10 connections, 3 idle, 200 waiters timing out). Platform threads get the CPU from the OS and
 * give the connection back promptly; the caller waits on a future, holding nothing.
 */
final class PooledConnections implements Connections {
    private final HikariDataSource pool;
    private final ExecutorService workers;
    private final Set<Thread> workerThreads = ConcurrentHashMap.newKeySet();

    PooledConnections(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("hotseat");
        config.setMaximumPoolSize(size);
        // A turn waits at most this long for a connection before the learner hears it failed.
        config.setConnectionTimeout(30_000);
        // Fail at start, with the driver's reason, when the server cannot be reached.
        config.setInitializationFailTimeout(1);
        this.pool = new HikariDataSource(config);
        ThreadFactory platform = Thread.ofPlatform().daemon().name("hotseat-db-", 0).factory();
        this.workers = Executors.newFixedThreadPool(size, work -> {
            Thread t = platform.newThread(work);
            workerThreads.add(t);
            return t;
        });
    }

    @Override
    public <T> T read(Database.SqlWork<T> work) throws SQLException {
        return onWorker(work, false);
    }

    @Override
    public <T> T write(Database.SqlWork<T> work) throws SQLException {
        return onWorker(work, true);
    }

    private <T> T onWorker(Database.SqlWork<T> work, boolean transaction) throws SQLException {
        if (workerThreads.contains(Thread.currentThread())) {
            return run(work, transaction); // nested in work already running here
        }
        Future<T> result;
        try {
            result = workers.submit(() -> run(work, transaction));
        } catch (RejectedExecutionException closed) {
            throw new SQLException("The database is closed", closed);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SQLException sql -> throw sql;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new SQLException(e.getCause());
            }
        }
    }

    private <T> T run(Database.SqlWork<T> work, boolean transaction) throws SQLException {
        try (Connection c = pool.getConnection()) {
            if (!transaction) {
                return work.run(c);
            }
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
        workers.shutdown();
        pool.close();
    }
}

package dev.hotseat.store;

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
 * A few platform threads that do JDBC work for callers on virtual threads. A virtual thread is not
 * time-sliced: one holding a connection behind CPU-bound work (the evaluator, under a burst) can wait
 * seconds for a carrier while every other caller waits for that connection. Platform threads get the CPU
 * from the OS and give connections back promptly; the caller waits on a future, holding nothing.
 */
final class PlatformWork implements AutoCloseable {
    private final ExecutorService threads;
    private final Set<Thread> own = ConcurrentHashMap.newKeySet();

    PlatformWork(String name, int size) {
        ThreadFactory platform = Thread.ofPlatform().daemon().name(name + "-", 0).factory();
        this.threads = Executors.newFixedThreadPool(size, work -> {
            Thread t = platform.newThread(work);
            own.add(t);
            return t;
        });
    }

    /** Work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** Runs {@code work} on one of the threads and waits for it; on one of them already, runs it in place. */
    <T> T run(SqlCall<T> work) throws SQLException {
        if (own.contains(Thread.currentThread())) {
            return work.call();
        }
        Future<T> result;
        try {
            result = threads.submit(work::call);
        } catch (RejectedExecutionException closed) {
            throw new SQLException("The database is closed", closed);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** The failure of work done on another thread, thrown as it was: SQL, runtime or error. */
    static SQLException rethrown(Throwable cause) {
        switch (cause) {
            case SQLException sql -> {
                return sql;
            }
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> {
                return new SQLException(cause);
            }
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}

package dev.hotseat.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * SQLite in WAL mode: one writer connection on a thread of its own, and a few reader connections apart.
 * SQLite writes one transaction at a time whatever we do, so instead of many callers taking turns on a lock,
 * writes queue up and the writer runs every write waiting at that moment in one transaction (a group commit):
 * under load, hundreds of small writes cost one commit. Each write keeps its own savepoint, so one failing
 * write (a duplicate turn) is rolled back alone and the others commit; a failure that ends the transaction (a
 * full disk) fails them all, so a write is acknowledged only when it is in the file. Readers see the last commit
 * and never wait for the writer.
 */
final class SqliteConnections implements Connections {
    /** More writes than this in one transaction would make the first caller wait for the last. */
    private static final int MAX_BATCH = 256;
    private static final Job<Void> STOP = new Job<>(c -> null, new CompletableFuture<>());

    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final BlockingQueue<Job<?>> writes = new LinkedBlockingQueue<>();
    private final Thread writerThread;
    private final PlatformWork readerThreads;
    private volatile boolean closed;

    private record Job<T>(Database.SqlWork<T> work, CompletableFuture<T> done) {
        /**
         * Runs the work inside a savepoint of the batch's transaction. A failure the savepoint can undo fails this job
         * alone; one that may have ended the whole transaction (see {@link #endsTransaction}) is thrown.
         */
        void run(Connection c, List<Runnable> onCommit) throws SQLException {
            Savepoints.set(c, "job");
            T result;
            try {
                result = work.run(c);
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException sql && endsTransaction(sql)) {
                    throw sql;
                }
                // Throws in turn when the transaction is gone after all: then the whole batch fails.
                Savepoints.rollback(c, "job");
                done.completeExceptionally(e);
                return;
            }
            Savepoints.release(c, "job");
            onCommit.add(() -> done.complete(result));
        }
    }

    /**
     * SQLite may roll back the whole transaction on these (disk full, I/O error, busy, out of memory, interrupted):
     * after one, nothing of the batch is kept, and a later statement would run, and commit, on its own.
     */
    static boolean endsTransaction(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary == 13 || primary == 10 || primary == 5 || primary == 7 || primary == 9;
        }
        return false;
    }

    /** @param writer an open connection, already migrated; it is used by the writer thread alone from now on */
    SqliteConnections(Connection writer, String url, int readerCount) throws SQLException {
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(readerCount);
        try {
            for (int i = 0; i < readerCount; i++) {
                Connection reader = DriverManager.getConnection(url);
                try (Statement s = reader.createStatement()) {
                    s.execute("PRAGMA busy_timeout=5000");
                    // A read that tried to write would take the write lock behind the writer's back.
                    s.execute("PRAGMA query_only=1");
                }
                readers.add(reader);
            }
        } catch (SQLException e) {
            closeAll(new ArrayList<>(readers));
            throw e;
        }
        // Transactions are begun and ended by plain SQL in commit(), never by the driver behind our back.
        writer.setAutoCommit(true);
        this.readerThreads = new PlatformWork("hotseat-sqlite-reader", readerCount);
        this.writerThread = Thread.ofPlatform().daemon().name("hotseat-sqlite-writer").start(this::writeLoop);
    }

    @Override
    public <T> T read(Database.SqlWork<T> work) throws SQLException {
        if (Thread.currentThread() == writerThread) {
            return work.run(writer); // a write that reads what it is about to change
        }
        // On platform threads, like the writer, so a reader is never held by a virtual thread awaiting a carrier.
        return readerThreads.run(() -> {
            Connection reader = take(readers);
            try {
                return work.run(reader);
            } finally {
                readers.add(reader);
            }
        });
    }

    @Override
    public <T> T write(Database.SqlWork<T> work) throws SQLException {
        if (Thread.currentThread() == writerThread) {
            return work.run(writer); // nested in the write that is running: same transaction
        }
        Job<T> job = new Job<>(work, new CompletableFuture<>());
        writes.add(job);
        if (closed) {
            refuseWaiting(); // the writer is gone or going: nobody else will answer this job
        }
        try {
            return job.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a write to commit", e);
        } catch (ExecutionException e) {
            throw PlatformWork.rethrown(e.getCause());
        }
    }

    private void writeLoop() {
        List<Job<?>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(writes.take());
            } catch (InterruptedException e) {
                return;
            }
            writes.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(STOP);
            commit(batch);
            batch.clear();
            if (stop) {
                closed = true;
                refuseWaiting();
                return;
            }
        }
    }

    /** Fails every write still queued: after close, a write must hear "closed", never wait forever. */
    private void refuseWaiting() {
        List<Job<?>> left = new ArrayList<>();
        writes.drainTo(left);
        for (Job<?> job : left) {
            job.done().completeExceptionally(new SQLException("The database is closed"));
        }
    }

    /**
     * Runs every job of the batch in one transaction; each job's caller hears of it once the commit is done. When the
     * transaction cannot be begun or committed, or SQLite ended it early, every job of the batch fails: none of them
     * is kept, so none is acknowledged.
     */
    private void commit(List<Job<?>> batch) {
        List<Runnable> onCommit = new ArrayList<>(batch.size());
        try {
            Savepoints.exec(writer, "BEGIN IMMEDIATE");
            for (Job<?> job : batch) {
                job.run(writer, onCommit);
            }
            Savepoints.exec(writer, "COMMIT");
            onCommit.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            try {
                Savepoints.exec(writer, "ROLLBACK");
            } catch (SQLException noTransactionLeft) {
                // SQLite rolled it back already; the failure to report is the one that did it
            }
            for (Job<?> job : batch) {
                job.done().completeExceptionally(e);
            }
        }
    }

    private static Connection take(BlockingQueue<Connection> queue) throws SQLException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a database connection", e);
        }
    }

    @Override
    public java.util.Map<String, java.util.function.Supplier<Number>> figures() {
        return java.util.Map.of("hotseat.db.writes.waiting", writes::size,
                "hotseat.db.readers.idle", readers::size);
    }

    @Override
    public void close() {
        readerThreads.close();
        writes.add(STOP);
        try {
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Connection> all = new ArrayList<>(readers);
        all.add(writer);
        closeAll(all);
    }

    private static void closeAll(List<Connection> connections) {
        for (Connection c : connections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing left to save
            }
        }
    }
}

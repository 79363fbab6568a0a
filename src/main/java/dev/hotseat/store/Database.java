package dev.hotseat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The database: a SQLite file in the data folder (the default), or a PostgreSQL server that several Hotseat
 * nodes share. Opened once, with the schema brought up to date. Every store goes through {@link #read} and
 * {@link #write}, never a bare connection, so how connections are shared is decided here alone: SQLite has one
 * writer thread that commits waiting writes together and separate readers; PostgreSQL has a pool.
 */
public final class Database implements AutoCloseable {
    /** Readers beside SQLite's one writer: enough for this machine's cores, each one a file handle. */
    private static final int SQLITE_READERS = 4;
    /** Connections per node to PostgreSQL; a turn holds one for a few milliseconds. */
    private static final int POOL_SIZE = 10;
    /** Any number: the key of the lock that lets one node at a time migrate a shared database. */
    private static final long MIGRATION_LOCK = 0x4075EA7L;

    private final Dialect dialect;
    private final String where;
    private final Connections connections;
    private final WriteHealth health = new WriteHealth();

    /** Opens (or creates) {@code <dataDir>/hotseat.db} and applies the migrations it has not seen. */
    public static Database open(Path dataDir, List<Migration> migrations) {
        return sqlite(dataDir.resolve("hotseat.db"), migrations);
    }

    /**
     * Opens the database {@code url} names: blank for SQLite in {@code dataDir}, or a
     * {@code jdbc:postgresql://host:port/name?user=…&password=…} URL.
     */
    public static Database open(String url, Path dataDir, List<Migration> migrations) {
        if (url == null || url.isBlank()) {
            return open(dataDir, migrations);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return postgres(url, migrations);
        }
        throw new StoreException("Unknown database '" + url + "': give a PostgreSQL URL like "
                + "jdbc:postgresql://db:5432/hotseat?user=hotseat, or leave --database out for SQLite in --data", null);
    }

    private static Database sqlite(Path file, List<Migration> migrations) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connection writer = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = DriverManager.getConnection(url);
            Integrity.check(writer, file);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives a crash of the app; only a power cut can lose the last commits.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                // What is deleted (a session the learner removed, transcripts past --keep-days) is overwritten with
                // zeros, not left readable in free pages of the file.
                s.execute("PRAGMA secure_delete=ON");
            }
            migrate(writer, Dialect.SQLITE, migrations);
            return new Database(Dialect.SQLITE, file.toString(), new SqliteConnections(writer, url, SQLITE_READERS));
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(writer);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("Cannot open the database '" + file + "': " + e.getMessage(), e);
        }
    }

    private static Database postgres(String url, List<Migration> migrations) {
        String where = withoutSecrets(url);
        PooledConnections pool;
        try {
            pool = new PooledConnections(url, POOL_SIZE);
        } catch (RuntimeException e) {
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("Cannot reach PostgreSQL at '" + where + "': " + reason.getMessage(), e);
        }
        Database db = new Database(Dialect.POSTGRESQL, where, pool);
        try {
            pool.read(c -> {
                migrate(c, Dialect.POSTGRESQL, migrations);
                return null;
            });
            return db;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot prepare PostgreSQL at '" + where + "': " + e.getMessage(), e);
        }
    }

    private Database(Dialect dialect, String where, Connections connections) {
        this.dialect = dialect;
        this.where = where;
        this.connections = connections;
    }

    /** The URL as it may be printed: no password. */
    public static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }

    /** Work done with a connection; may throw {@link SQLException}, which the caller turns into a {@link StoreException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work; it sees every write committed before it began. */
    public <T> T read(SqlWork<T> work) throws SQLException {
        return connections.read(work);
    }

    /**
     * Runs work that writes; several statements in one call run in one transaction, committed before this
     * returns. A failure rolls back this work alone.
     */
    public <T> T write(SqlWork<T> work) throws SQLException {
        try {
            T result = connections.write(work);
            health.succeeded();
            return result;
        } catch (SQLException e) {
            health.failed(e);
            throw e;
        }
    }

    /** Why writes are failing now (the last write that failed for want of storage, until one succeeds), or empty. */
    public java.util.Optional<String> writeTrouble() {
        return health.trouble();
    }

    /** How busy the connections are, by metric name (writes waiting, idle readers; a pool's connections). */
    public java.util.Map<String, java.util.function.Supplier<Number>> figures() {
        return connections.figures();
    }

    /** SQLite or PostgreSQL. */
    public Dialect dialect() {
        return dialect;
    }

    /** The file or server, fit to print (no password). */
    public String where() {
        return where;
    }

    /** True when a query gets an answer within two seconds. */
    public boolean reachable() {
        try {
            return read(c -> c.isValid(2));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The newest schema version applied. */
    public int version() {
        try {
            return read(Database::version);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    private static java.util.Set<Integer> applied(Connection c) throws SQLException {
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                applied.add(rs.getInt(1));
            }
        }
        return applied;
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Applies, in version order, each migration the database has not seen, one transaction each: by set, not by
     * the newest version, because each feature appends in its own range (10-19, 60-69, ...), so a database that
     * already has 60 must still get a 10 that arrived later. On PostgreSQL
     * an advisory lock makes nodes that start together take turns; the second finds the work done.
     */
    private static void migrate(Connection c, Dialect dialect, List<Migration> migrations) throws SQLException {
        inTransaction(c, () -> {
            lock(c, dialect);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
        });
        for (Migration m : migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList()) {
            try {
                inTransaction(c, () -> {
                    lock(c, dialect);
                    if (!applied(c).contains(m.version())) {
                        apply(c, dialect, m);
                    }
                });
            } catch (SQLException e) {
                throw new SQLException("Migration " + m.version() + " (" + m.description() + ") failed: " + e.getMessage(), e);
            }
        }
    }

    private static void apply(Connection c, Dialect dialect, Migration m) throws SQLException {
        try (Statement s = c.createStatement();
             PreparedStatement mark = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            for (String sql : m.statementsFor(dialect)) {
                s.execute(sql);
            }
            mark.setInt(1, m.version());
            mark.setString(2, m.description());
            mark.setString(3, Instant.now().toString());
            mark.executeUpdate();
        }
    }

    private static void lock(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection c, SqlStep step) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            step.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        connections.close();
    }
}

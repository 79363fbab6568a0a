package dev.hotseat.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The SQLite file: opened once, in WAL mode, with the schema brought up to date. One connection, used by one
 * thread at a time through {@link #read} and {@link #write}, because SQLite writes one at a time anyway and a
 * turn's writes are a handful of small rows.
 */
public final class Database implements AutoCloseable {
    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    /** Opens (or creates) {@code <dataDir>/hotseat.db} and applies the migrations it has not seen. */
    public static Database open(Path dataDir, List<Migration> migrations) {
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("hotseat.db").toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives a crash of the app; only a power cut can lose the last commits.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            Database db = new Database(c);
            try {
                db.migrate(migrations);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return db;
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("Cannot open the database in '" + dataDir + "': " + e.getMessage(), e);
        }
    }

    /** Work done with a connection; may throw {@link SQLException}, which the caller turns into a {@link StoreException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs read-only work. Every store goes through {@link #read} and {@link #write}, never a bare
     * connection, so how connections are shared (one lock today, a pool or a separate reader later) is
     * decided here alone.
     */
    public <T> T read(SqlWork<T> work) throws SQLException {
        synchronized (this) {
            return work.run(connection);
        }
    }

    /** Runs work that writes; several statements in one call run in one transaction. */
    public <T> T write(SqlWork<T> work) throws SQLException {
        synchronized (this) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /** The newest schema version applied. */
    public synchronized int version() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    private synchronized void migrate(List<Migration> migrations) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        // By set, not by the newest version: each feature appends in its own range (10-19, 60-69, ...), so a
        // database that already has 60 must still get a 10 that arrived later.
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                applied.add(rs.getInt(1));
            }
        }
        for (Migration m : migrations.stream().sorted((a, b) -> Integer.compare(a.version(), b.version())).toList()) {
            if (!applied.contains(m.version())) {
                apply(m);
            }
        }
    }

    private void apply(Migration m) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement();
             PreparedStatement mark = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            mark.setInt(1, m.version());
            mark.setString(2, m.description());
            mark.setString(3, Instant.now().toString());
            mark.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + m.version() + " (" + m.description() + ") failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database: " + e.getMessage(), e);
        }
    }
}

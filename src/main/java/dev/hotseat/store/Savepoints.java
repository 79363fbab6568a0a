package dev.hotseat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Savepoints as plain SQL ({@code SAVEPOINT}, {@code RELEASE}, {@code ROLLBACK TO}), which SQLite and PostgreSQL
 * both speak. Not JDBC's {@code setSavepoint}: SQLite's driver quietly turns its auto-commit flag off there, and
 * the writer must know exactly when a transaction is open (see {@link SqliteConnections}).
 */
final class Savepoints {
    private Savepoints() {
    }

    static void set(Connection c, String name) throws SQLException {
        exec(c, "SAVEPOINT " + name);
    }

    static void release(Connection c, String name) throws SQLException {
        exec(c, "RELEASE SAVEPOINT " + name);
    }

    /** Undoes everything since the savepoint, which then ends. */
    static void rollback(Connection c, String name) throws SQLException {
        exec(c, "ROLLBACK TO SAVEPOINT " + name);
        release(c, name);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

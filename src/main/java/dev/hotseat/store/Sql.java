package dev.hotseat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bound-parameter statements over {@link Database}, so the stores that use them read as their SQL. */
public final class Sql {
    private final Database db;

    public Sql(Database db) {
        this.db = db;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query and reads every row. */
    public <T> List<T> query(String sql, Row<T> row, Object... values) {
        try {
            return db.read(connection -> query(connection, sql, row, values));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database: " + e.getMessage(), e);
        }
    }

    public static <T> List<T> query(Connection connection, String sql, Row<T> row, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        }
    }

    /** Runs a query that finds one row or none, and reads the row. */
    public static <T> Optional<T> first(Connection connection, String sql, Row<T> row, Object... values)
            throws SQLException {
        return query(connection, sql, row, values).stream().findFirst();
    }

    /** Runs writes in one transaction. */
    public void write(Database.SqlWork<?> work) {
        try {
            db.write(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot write to the database: " + e.getMessage(), e);
        }
    }

    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}

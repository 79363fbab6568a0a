package dev.hotseat.store;

import java.sql.SQLException;

/** How a {@link Database} hands out connections: SQLite's one writer and its readers, or a server's pool. */
interface Connections extends AutoCloseable {

    <T> T read(Database.SqlWork<T> work) throws SQLException;

    /** Runs the work in a transaction that is committed before this returns. */
    <T> T write(Database.SqlWork<T> work) throws SQLException;

    /** How busy the connections are, by metric name: read when scraped. */
    java.util.Map<String, java.util.function.Supplier<Number>> figures();

    @Override
    void close();
}

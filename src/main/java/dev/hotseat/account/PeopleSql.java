package dev.hotseat.account;

import dev.hotseat.store.Database;
import dev.hotseat.store.StoreException;
import java.sql.SQLException;

/** Reads and writes of the people tables, with SQL's checked exception made a {@link StoreException}. */
record PeopleSql(Database db) {

    <T> T read(Database.SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot read people: " + e.getMessage(), e);
        }
    }

    <T> T write(Database.SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot write people: " + e.getMessage(), e);
        }
    }
}

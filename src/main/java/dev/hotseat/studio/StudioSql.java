package dev.hotseat.studio;

import dev.hotseat.store.StoreException;
import java.sql.SQLException;

/** The studio's database calls: SQL's checked exception becomes a {@link StoreException} that says what failed. */
final class StudioSql {
    private StudioSql() {
    }

    /** A piece of database work. */
    interface Call<T> {
        T call() throws SQLException;
    }

    /** Runs {@code call}; {@code what} completes "Cannot …" in the message of a failure. */
    static <T> T run(String what, Call<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }
}

package dev.hotseat.store;

import java.nio.file.Path;

/** SQLite's check found the database file damaged: Hotseat will not serve from it. */
public final class DamagedDatabaseException extends StoreException {
    public DamagedDatabaseException(Path file, String problems) {
        super("The database file '" + file + "' is damaged (SQLite's check says: " + problems + "). "
                + "Hotseat will not start on it, so nothing more is lost. Copy a backup over it "
                + "(made with: java -jar target/hotseat.jar backup FILE), or move it away to start with an empty one.",
                null);
    }
}

package dev.hotseat.support;

import dev.hotseat.store.Database;
import dev.hotseat.store.Dialect;
import dev.hotseat.store.Migration;
import java.nio.file.Path;
import java.util.List;

/** A fresh database of either dialect: a SQLite file in a temp folder, or a new database on the test PostgreSQL. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** The URL {@code --database} would take: empty for SQLite, a fresh PostgreSQL database otherwise. */
    public static String url(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? PostgresServer.freshDatabase() : "";
    }

    public static Database open(Dialect dialect, Path dataDir) {
        return open(dialect, dataDir, Migration.all());
    }

    public static Database open(Dialect dialect, Path dataDir, List<Migration> migrations) {
        return Database.open(url(dialect), dataDir, migrations);
    }
}

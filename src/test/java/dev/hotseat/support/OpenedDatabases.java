package dev.hotseat.support;

import dev.hotseat.store.Database;
import dev.hotseat.store.Dialect;
import dev.hotseat.store.Migration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases a test opens with {@link TestDatabases}, closed after it even when it fails half-way.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * final OpenedDatabases databases = new OpenedDatabases();
 * </pre>
 */
public final class OpenedDatabases implements AfterEachCallback {
    private final List<Database> open = new ArrayList<>();

    /** A fresh database of this dialect with every migration. */
    public Database open(Dialect dialect, Path dataDir) {
        return open(dialect, dataDir, Migration.all());
    }

    public Database open(Dialect dialect, Path dataDir, List<Migration> migrations) {
        Database db = TestDatabases.open(dialect, dataDir, migrations);
        open.add(db);
        return db;
    }

    /** Closes one before the test ends, e.g. so that a server can open the same file. */
    public void close(Database db) {
        open.remove(db);
        db.close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(Database::close);
        open.clear();
    }
}

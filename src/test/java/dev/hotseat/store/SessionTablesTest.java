package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.OpenedDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one list of per-session tables that deleting a session and {@code --keep-days} go by is complete: every table
 * the migrations make with a {@code session} column is in it. A migration that adds one fails here until it is listed.
 */
class SessionTablesTest {
    @TempDir
    Path data;
    @RegisterExtension
    final OpenedDatabases databases = new OpenedDatabases();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyTableWithASessionColumn_isInTheList(Dialect dialect) throws Exception {
        Database db = databases.open(dialect, data, Migration.all());
        String catalog = dialect == Dialect.POSTGRESQL
                ? "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                  + " AND column_name = 'session'"
                : "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p"
                  + " WHERE m.type = 'table' AND p.name = 'session'";

        List<String> withSession = DatabaseTest.query(db, catalog);

        assertEquals(new TreeSet<>(withSession), new TreeSet<>(SessionTables.CHILDREN));
    }
}

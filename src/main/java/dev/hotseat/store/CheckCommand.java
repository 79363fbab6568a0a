package dev.hotseat.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.DamagedSessionException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar hotseat.jar check}: reads every stored session back, as a resume would, and lists those that
 * cannot be read (a damaged grade, a date that does not parse) with what is wrong. A damaged SQLite file is reported
 * by the integrity check that opening it runs. Exit 0 when all is well, 1 when something is damaged.
 */
public final class CheckCommand {
    private CheckCommand() {
    }

    /** Checks the database of {@code --data} (SQLite) or {@code --database} (PostgreSQL); returns the exit code. */
    public static int run(Path data, String database, ObjectMapper json, PrintStream out, PrintStream err) {
        try (Database db = Database.open(database, data, Migration.all())) {
            SqliteSessionStore store = new SqliteSessionStore(db, json);
            SqliteTryStore tries = new SqliteTryStore(db, json);
            List<String> ids = ids(db);
            List<String> damaged = new ArrayList<>();
            for (String id : ids) {
                try {
                    store.load(id);
                    tries.tries(id);
                } catch (DamagedSessionException e) {
                    damaged.add(id + ": " + e.detail());
                }
            }
            out.println("Checked " + ids.size() + " sessions in " + db.where() + ": "
                    + (damaged.isEmpty() ? "none is damaged." : damaged.size() + " damaged:"));
            damaged.forEach(line -> out.println("  " + line));
            return damaged.isEmpty() ? 0 : 1;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static List<String> ids(Database db) {
        try {
            return db.read(c -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM sessions ORDER BY created_at, id");
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot list the sessions: " + e.getMessage(), e);
        }
    }
}

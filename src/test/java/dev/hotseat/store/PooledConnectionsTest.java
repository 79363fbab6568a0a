package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import dev.hotseat.support.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pool after the server dropped its connections (a restart, an operator's terminate): work that meets a dead
 * connection before committing runs again on a live one, once; other failures are not run again.
 */
@Needs(Need.POSTGRESQL)
@Timeout(60)
class PooledConnectionsTest {

    @Test
    void aWrite_onAConnectionTheServerDropped_runsAgainOnANewOne_andIsMadeOnce() throws Exception {
        String url = PostgresServer.freshDatabase();
        try (PooledConnections pool = new PooledConnections(url, 1)) {
            pool.write(c -> update(c, "CREATE TABLE notes (text TEXT)"));
            int first = pool.read(PooledConnectionsTest::backend);
            terminate(url, first);
            AtomicInteger runs = new AtomicInteger();

            // used a moment ago, so the pool hands the dead connection out without checking it
            pool.write(c -> {
                runs.incrementAndGet();
                return update(c, "INSERT INTO notes VALUES ('kept')");
            });

            assertEquals(2, runs.get(), "the first run met the dropped connection, the second a new one");
            assertEquals(Integer.valueOf(1), pool.read(c -> count(c, "SELECT count(*) FROM notes")));
            assertNotEquals(first, pool.read(PooledConnectionsTest::backend));
        }
    }

    @Test
    void aFailureOfTheWorkItself_isNotRunAgain_andNothingOfItIsKept() throws Exception {
        String url = PostgresServer.freshDatabase();
        try (PooledConnections pool = new PooledConnections(url, 1)) {
            pool.write(c -> update(c, "CREATE TABLE notes (text TEXT NOT NULL)"));
            AtomicInteger runs = new AtomicInteger();

            SQLException refused = assertThrows(SQLException.class, () -> pool.write(c -> {
                runs.incrementAndGet();
                update(c, "INSERT INTO notes VALUES ('first half')");
                return update(c, "INSERT INTO notes VALUES (NULL)");
            }));

            assertEquals(1, runs.get());
            assertEquals("23502", refused.getSQLState(), refused.toString());
            assertEquals(Integer.valueOf(0), pool.read(c -> count(c, "SELECT count(*) FROM notes")), "the transaction rolled back");
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static int backend(Connection c) throws SQLException {
        return count(c, "SELECT pg_backend_pid()");
    }

    /** Ends backend {@code pid} from a connection of its own, waiting until it has gone. */
    private static void terminate(String url, int pid) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_terminate_backend(" + pid + ", 5000)")) {
            r.next();
            assertEquals(true, r.getBoolean(1), "backend " + pid + " ended");
        }
    }
}

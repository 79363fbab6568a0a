package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.Engines;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.Fixtures;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.OpenedDatabases;
import dev.hotseat.App;
import dev.hotseat.Settings;
import dev.hotseat.support.TestServer;
import dev.hotseat.web.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --keep-days}: idle transcripts go with every row that hangs off them; active ones stay. */
class RetentionTest {
    private static final Instant NOW = Instant.now();
    private static final Instant OLD = NOW.minus(Duration.ofDays(40));

    @TempDir
    Path data;
    @RegisterExtension
    final OpenedDatabases databases = new OpenedDatabases();
    private Database db;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void sessionsIdleLongerThanTheCutoff_goWithTheirTurnsGradesAndOtherFeaturesRows(Dialect dialect) throws Exception {
        // given another feature's table that references sessions, like the ones other migrations add
        List<Migration> migrations = new ArrayList<>(Migration.all());
        migrations.add(new Migration(49, "a feature's notes per session", List.of(
                "CREATE TABLE notes (session TEXT NOT NULL REFERENCES sessions(id), body TEXT NOT NULL)")));
        db = databases.open(dialect, data, migrations);
        SqliteSessionStore store = new SqliteSessionStore(db, WireJson.mapper());
        // an old, finished session; an old session the learner came back to; a new one
        session(store, "old", OLD, OLD);
        session(store, "revisited", OLD, NOW);
        session(store, "new", NOW, NOW);

        // when transcripts idle for 30 days are removed
        int removed = new Retention(db).removeIdleSince(NOW.minus(Duration.ofDays(30)));

        // then only the old one went, with all of its rows in every table
        assertEquals(1, removed);
        assertTrue(store.load("old").isEmpty());
        assertEquals(2, store.load("revisited").orElseThrow().turns().size());
        assertEquals(2, store.load("new").orElseThrow().turns().size());
        for (String table : List.of("turns", "grades", "notes")) {
            assertEquals(List.of("0"), DatabaseTest.query(db, "SELECT COUNT(*) FROM " + table + " WHERE session = 'old'"), table);
        }
        assertEquals(List.of("4", "2", "2"), List.of(count("turns"), count("grades"), count("notes")));
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(30)
    void serverStartedWithKeepDays_removesAnOldTranscript_andKeepsANewOne() throws Exception {
        // given a SQLite database with a 40-day-old session and today's
        List<Migration> migrations = new ArrayList<>(Migration.all());
        migrations.add(new Migration(49, "a feature's notes per session", List.of(
                "CREATE TABLE notes (session TEXT NOT NULL REFERENCES sessions(id), body TEXT NOT NULL)")));
        db = databases.open(Dialect.SQLITE, data, migrations);
        SqliteSessionStore store = new SqliteSessionStore(db, WireJson.mapper());
        session(store, "old", OLD, OLD);
        session(store, "new", NOW, NOW);
        databases.close(db);

        // when a server starts on it with --keep-days 30
        Settings settings = TestServer.settings(data, "--coach-token", "t", "--keep-days", "30");
        try (App server = App.start(settings, new FakeLibrary(), Engines.offline(new KeywordEvaluator(), new FakePartner()))) {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int status = 200;
            while (status != 404 && System.nanoTime() < deadline) {
                status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + "/api/sessions/old")).header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            }

            // then the old one is gone soon after start, and today's is still there
            assertEquals(404, status);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + "/api/sessions/new")).header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    private String count(String table) throws Exception {
        return DatabaseTest.query(db, "SELECT COUNT(*) FROM " + table).getFirst();
    }

    private void session(SqliteSessionStore store, String id, Instant created, Instant lastTurn) throws Exception {
        store.create(new Conversation(id, Fixtures.customer(), SessionMode.PRACTICE));
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET created_at = ? WHERE id = ?")) {
                s.setString(1, created.toString());
                s.setString(2, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO notes (session, body) VALUES (?, 'a note')")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            return null;
        });
        store.saveTurn(id, new Turn(0, dev.hotseat.core.Speaker.LEARNER, "I'm sorry", created, null, null, null));
        store.saveTurn(id, new Turn(1, dev.hotseat.core.Speaker.LEARNER, "I'll fix it", lastTurn, null, null, null));
        store.saveGrade(id, 0, new Grade(50, List.of(), "ok", false, "", "offline"));
    }
}

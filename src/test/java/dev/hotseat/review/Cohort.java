package dev.hotseat.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a made-up cohort straight into a server's SQLite file: learner accounts, and sessions with graded
 * replies whose scores and shown criteria the caller chooses. Rows are written in batches, so 10,000 sessions
 * take seconds; the grades are stored as the store writes them (a {@link Grade} as JSON).
 */
public final class Cohort implements AutoCloseable {
    /** The fixture rubric's criteria (support/Fixtures): three skills and one habit. */
    public static final List<String> SKILLS = List.of("apology", "empathy", "followup");
    public static final String HABIT = "blame";
    private final Database db;
    private final ObjectMapper json = WireJson.mapper();
    private final List<Object[]> people = new ArrayList<>();
    private final List<Object[]> sessions = new ArrayList<>();
    private final List<Object[]> turns = new ArrayList<>();
    private final List<Object[]> grades = new ArrayList<>();

    private Cohort(Database db) {
        this.db = db;
    }

    /** Opens the database of the extension's server, which is started first if it is not running yet. */
    public static Cohort open(HotseatExtension hotseat) {
        hotseat.server();
        return open(hotseat.data());
    }

    /** Opens the database in {@code dataDir} (a running server's own is fine: SQLite in WAL mode lets both in). */
    public static Cohort open(Path dataDir) {
        return new Cohort(Database.open(dataDir, Migration.all()));
    }

    /** Opens the database at {@code url} (a JDBC URL, e.g. a throwaway PostgreSQL's; empty: SQLite in {@code dataDir}). */
    public static Cohort open(String url, Path dataDir) {
        return new Cohort(Database.open(url, dataDir, Migration.all()));
    }

    /** A graded reply: its score and the criteria shown in it. */
    public record Reply(int score, Set<String> shown) {
        public static Reply of(int score, String... shown) {
            return new Reply(score, Set.of(shown));
        }
    }

    /** 10:00 UTC on that day of November 2026, the month the made-up cohorts practise in. */
    public static Instant day(int day) {
        return Instant.parse("2026-11-%02dT10:00:00Z".formatted(day));
    }

    /** Adds a learner account (no password: it never signs in) and returns its id. */
    public String learner(String name) {
        String id = UUID.randomUUID().toString();
        people.add(new Object[] {id, name, name.toLowerCase(Locale.ROOT), "learner", null, Instant.now().toString()});
        return id;
    }

    /** Adds a coach account (no password) and returns its id: sessions it owns are a coach's own tries. */
    public String coach(String name) {
        String id = UUID.randomUUID().toString();
        people.add(new Object[] {id, name, name.toLowerCase(Locale.ROOT), "coach", null, Instant.now().toString()});
        return id;
    }

    /**
     * Adds a session of {@code owner}, started at {@code at}: the partner's opening line, then each reply with its
     * grade and a partner answer. {@code outcome} is resolved, walked-out, ended, or null while it goes on.
     */
    public String session(String owner, String scenario, String mode, Instant at, String outcome, Reply... replies) {
        String id = UUID.randomUUID().toString();
        sessions.add(new Object[] {id, scenario, mode, at.toString(), outcome, null, outcome == null ? null : at.plusSeconds(300).toString(), owner});
        turns.add(new Object[] {id, 0, "partner", "Where is my parcel?", at.toString(), 60, "angry", "open"});
        int index = 1;
        for (Reply reply : replies) {
            turns.add(new Object[] {id, index, "learner", "Reply " + index, at.plusSeconds(index * 10L).toString(), null, null, null});
            grades.add(new Object[] {id, index, reply.score(), "offline", toJson(grade(reply))});
            turns.add(new Object[] {id, index + 1, "partner", "Answer " + index, at.plusSeconds(index * 10L + 5).toString(), 50, "wary", "pushback"});
            index += 2;
        }
        return id;
    }

    /** Writes everything added so far, in one transaction. */
    public void flush() throws SQLException {
        db.write(connection -> {
            batch(connection, "INSERT INTO people (id, name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)", people);
            batch(connection, "INSERT INTO sessions (id, scenario, mode, created_at, outcome, report, ended_at, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sessions);
            batch(connection, "INSERT INTO turns (session, idx, speaker, text, at, mood_level, mood_label, move) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", turns);
            batch(connection, "INSERT INTO grades (session, turn, score, source, body) VALUES (?, ?, ?, ?, ?)", grades);
            return null;
        });
        people.clear();
        sessions.clear();
        turns.clear();
        grades.clear();
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    s.setObject(i + 1, row[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Grade grade(Reply reply) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (String skill : SKILLS) {
            criteria.add(criterion(skill, Polarity.POSITIVE, reply.shown().contains(skill)));
        }
        criteria.add(criterion(HABIT, Polarity.NEGATIVE, reply.shown().contains(HABIT)));
        return new Grade(reply.score(), criteria, "seeded", false, "", "offline");
    }

    private static CriterionResult criterion(String id, Polarity polarity, boolean shown) {
        return CriterionResult.of(id, polarity, shown, shown ? 0.9 : 0.1, shown ? "Reply" : "", "");
    }

    private String toJson(Grade grade) {
        try {
            return json.writeValueAsString(grade);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}

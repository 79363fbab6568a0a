package dev.hotseat.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import dev.hotseat.store.Database;
import dev.hotseat.store.Dialect;
import dev.hotseat.store.StoreException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The prompt library plus unsaved drafts a coach is trying out ("try it yourself"). A draft is registered under
 * a fresh random id ({@code draft-} and 24 hex digits) that only the coach who asked is told, so only sessions
 * started with that id reach it; it is never listed, and is forgotten after {@link #LIFETIME}. The learner's
 * protocol is unchanged: a {@code start} message names the draft id like any scenario id.
 *
 * <p>The drafts live in the database (table {@code tried_drafts}, migration 32), as the checked scenario in JSON,
 * so a draft tried on one node opens on any node of the deployment; see docs/decisions.md.
 */
public final class DraftScenarios implements PromptLibrary {
    static final Duration LIFETIME = Duration.ofHours(4);
    static final int MAX_DRAFTS = 200;
    /** PostgreSQL advisory lock that makes nodes count and add drafts one at a time (not the migrations' lock). */
    private static final long COUNT_LOCK = 0x7472_1ED5L;
    private final PromptLibrary saved;
    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DraftScenarios(PromptLibrary saved, Database db, ObjectMapper json) {
        this(saved, db, json, Clock.systemUTC());
    }

    DraftScenarios(PromptLibrary saved, Database db, ObjectMapper json, Clock clock) {
        this.saved = Objects.requireNonNull(saved, "saved");
        this.db = Objects.requireNonNull(db, "db");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The library the studio saves into. */
    public PromptLibrary saved() {
        return saved;
    }

    /** Registers a draft for trying out; returns its id, under which a learner's start message finds it. */
    String register(Scenario draft) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String id = "draft-" + HexFormat.of().formatHex(bytes);
        String scenario = write(renamed(draft, id));
        long now = clock.millis();
        boolean kept = StudioSql.run("keep a draft to try", () -> db.write(c -> {
            countAlone(c);
            // Expired drafts go here, before counting: every draft arrives through this write, so the table never
            // holds more than MAX_DRAFTS live rows plus those that expired since the last try.
            update(c, "DELETE FROM tried_drafts WHERE expires_at <= ?", now);
            if (live(c, now) >= MAX_DRAFTS) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO tried_drafts (id, scenario, expires_at) VALUES (?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, scenario);
                s.setLong(3, now + LIFETIME.toMillis());
                s.executeUpdate();
            }
            return true;
        }));
        if (!kept) {
            throw new StudioException(429, "busy", "Too many drafts are being tried out at once (" + MAX_DRAFTS
                    + "); try again in a few minutes");
        }
        return id;
    }

    /** The draft under {@code id} while it lives; only ids shaped like a draft's ever reach the database. */
    private Optional<Scenario> draft(String id) {
        if (!isDraftId(id)) {
            return Optional.empty();
        }
        long now = clock.millis();
        return StudioSql.run("read a draft being tried", () -> db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT scenario FROM tried_drafts WHERE id = ? AND expires_at > ?")) {
                s.setString(1, id);
                s.setLong(2, now);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        })).map(text -> read(id, text));
    }

    /** On PostgreSQL two nodes could both count 199 and both add one; the lock makes them take turns. */
    private void countAlone(Connection c) throws SQLException {
        if (db.dialect() == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + COUNT_LOCK + ")");
            }
        }
    }

    private static int live(Connection c, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM tried_drafts WHERE expires_at > ?")) {
            s.setLong(1, now);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void update(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            s.executeUpdate();
        }
    }

    private static Scenario renamed(Scenario draft, String id) {
        return new Scenario(id, draft.mode(), draft.title(), draft.difficulty(), draft.summary(),
                draft.briefing(), draft.persona(), draft.situation(), draft.facts(), draft.hiddenFacts(), draft.wants(),
                draft.policy(), draft.angers(), draft.mood(), draft.lines(), draft.questions(), draft.style(),
                draft.instructions(), draft.rubric(), draft.file(), draft.beyondPolicy());
    }

    private String write(Scenario scenario) {
        try {
            return json.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write draft " + scenario.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    private Scenario read(String id, String text) {
        try {
            return json.readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("Draft " + id + " in tried_drafts cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public List<Scenario> scenarios() {
        return saved.scenarios();
    }

    @Override
    public Scenario scenario(String id) {
        return draft(id).orElseGet(() -> saved.scenario(id));
    }

    @Override
    public Rubric rubric(String id) {
        return saved.rubric(id);
    }

    @Override
    public Rubric rubric(Mode mode) {
        return saved.rubric(mode);
    }

    @Override
    public String template(String name) {
        return saved.template(name);
    }

    @Override
    public List<PromptProblem> problems() {
        return saved.problems();
    }

    /** "draft-" and 24 lower-case hex digits, as {@link #register} makes them; checked without a pattern. */
    private static boolean isDraftId(String id) {
        if (id == null || id.length() != 30 || !id.startsWith("draft-")) {
            return false;
        }
        for (int i = 6; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}

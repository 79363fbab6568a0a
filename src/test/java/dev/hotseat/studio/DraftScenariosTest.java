package dev.hotseat.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownScenarioException;
import dev.hotseat.store.Database;
import dev.hotseat.store.Dialect;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.Fixtures;
import dev.hotseat.support.OpenedDatabases;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The drafts coaches try out, kept in the database: found by id on any node, gone after four hours, 200 at most. */
class DraftScenariosTest {
    @TempDir
    Path data;
    @RegisterExtension
    final OpenedDatabases databases = new OpenedDatabases();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aTriedDraft_isFoundUnderItsRandomId_byAnotherNodeOnTheSameDatabase_andNeverListed(Dialect dialect) {
        Database db = databases.open(dialect, data);
        DraftScenarios nodeA = drafts(db);
        DraftScenarios nodeB = drafts(db);

        // given a draft a coach tries on node A
        String id = nodeA.register(Fixtures.customer());

        // then node B finds it under that id, as node A had it, and neither lists it
        assertTrue(id.matches("draft-[0-9a-f]{24}"), id);
        Scenario found = nodeB.scenario(id);
        assertEquals(id, found.id());
        assertEquals(Fixtures.customer().title(), found.title());
        assertEquals(nodeA.scenario(id), found);
        assertFalse(nodeB.scenarios().stream().anyMatch(s -> s.id().equals(id)));
        assertEquals(Fixtures.customer(), nodeB.scenario("late-parcel"), "saved scenarios are still found");
    }

    @Test
    void everyScenarioOfTheLibrary_comesBackFromTheDatabase_exactlyAsTried() {
        DraftScenarios drafts = drafts(databases.open(Dialect.SQLITE, data));
        List<Scenario> tried = new java.util.ArrayList<>(
                new FilePromptLibrary(SharedEvaluator.libraryRoot()).scenarios());
        assertTrue(tried.size() > 2, "the fixture library's scenarios: " + tried);
        tried.add(withMoodWordsAndQuestions());

        for (Scenario scenario : tried) {
            String id = drafts.register(scenario);
            assertEquals(renamed(scenario, id), drafts.scenario(id), scenario.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aDraft_isForgottenAfterFourHours_andItsRowPrunedByTheNextTry(Dialect dialect) throws Exception {
        Database db = databases.open(dialect, data);
        DraftScenarios drafts = drafts(db);
        String old = drafts.register(Fixtures.customer());

        // when four hours pass
        clock.advance(DraftScenarios.LIFETIME);

        // then the id no longer names a scenario, and the next try removes its row
        assertThrows(UnknownScenarioException.class, () -> drafts.scenario(old));
        String fresh = drafts.register(Fixtures.interview());
        assertEquals(List.of(fresh), ids(db));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void the201stLiveDraft_isRefusedAsBusy_untilTheOldestExpire(Dialect dialect) throws Exception {
        Database db = databases.open(dialect, data);
        DraftScenarios nodeA = drafts(db);
        DraftScenarios nodeB = drafts(db);
        // given 200 live drafts: the last two tried on each node, the others an hour later than the first of them
        String first = nodeA.register(Fixtures.customer());
        clock.advance(Duration.ofHours(1));
        nodeB.register(Fixtures.customer());
        fill(db, DraftScenarios.MAX_DRAFTS - 2);

        // when one more is tried, on either node
        StudioException busy = assertThrows(StudioException.class, () -> nodeB.register(Fixtures.customer()));

        // then it is refused (429 busy) until the oldest has expired
        assertEquals(429, busy.status());
        assertEquals("busy", busy.code());
        assertThrows(StudioException.class, () -> nodeA.register(Fixtures.customer()));
        clock.advance(DraftScenarios.LIFETIME.minus(Duration.ofHours(1)));
        String next = nodeA.register(Fixtures.customer());
        assertTrue(next.startsWith("draft-"), next);
        assertFalse(ids(db).contains(first));
    }

    @Test
    void anIdThatOnlyLooksLikeADraft_isAskedOfTheSavedLibrary() {
        DraftScenarios drafts = drafts(databases.open(Dialect.SQLITE, data));
        drafts.register(Fixtures.customer());

        assertThrows(UnknownScenarioException.class, () -> drafts.scenario("draft-0123456789abcdef01234567"));
        assertThrows(UnknownScenarioException.class, () -> drafts.scenario("draft-' OR '1'='1"));
        assertThrows(UnknownScenarioException.class, () -> drafts.scenario(null));
    }

    private DraftScenarios drafts(Database db) {
        return new DraftScenarios(new FakeLibrary(), db, WireJson.mapper(), clock);
    }

    /** Rows as other nodes' tries leave them (live for four more hours), written at once to keep the test quick. */
    private void fill(Database db, int drafts) {
        long until = clock.millis() + DraftScenarios.LIFETIME.toMillis();
        try {
            db.write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO tried_drafts (id, scenario, expires_at) VALUES (?, '{}', ?)")) {
                    for (int i = 0; i < drafts; i++) {
                        s.setString(1, "draft-%024x".formatted(i));
                        s.setLong(2, until);
                        s.addBatch();
                    }
                    return s.executeBatch();
                }
            });
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(Database db) throws Exception {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM tried_drafts");
                 ResultSet rs = s.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /** The kinds of field the library's files may not happen to use: mood words by level, an interview's questions. */
    private static Scenario withMoodWordsAndQuestions() {
        Scenario s = Fixtures.interview();
        return new Scenario(s.id(), Mode.INTERVIEW, s.title(), Difficulty.HARD, s.summary(), s.briefing(), s.persona(),
                s.situation(), Map.of("role", "team lead"), List.of(new Scenario.HiddenFact("budget", "No budget",
                List.of("budget", "money"))), s.wants(), s.policy(), s.angers(),
                new Scenario.MoodSettings(60, 4, 2, 25, Map.of(0, "at ease", 50, "doubtful", 80, "unconvinced")),
                Map.of("opening", List.of("Tell me about yourself.")), new Scenario.Interview("Why this role?",
                Map.of("example", List.of("For example?")), Map.of("strong", List.of("Thank you.")), 2, 5),
                "strict", "Stay formal.", s.rubric(), s.file(), List.of("guarantee"));
    }

    private static Scenario renamed(Scenario d, String id) {
        return new Scenario(id, d.mode(), d.title(), d.difficulty(), d.summary(), d.briefing(), d.persona(),
                d.situation(), d.facts(), d.hiddenFacts(), d.wants(), d.policy(), d.angers(), d.mood(), d.lines(),
                d.questions(), d.style(), d.instructions(), d.rubric(), d.file(), d.beyondPolicy());
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

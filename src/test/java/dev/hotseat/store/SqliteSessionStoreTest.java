package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.TurnTakenException;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.core.Mood;
import dev.hotseat.core.Polarity;
import dev.hotseat.support.Fixtures;
import dev.hotseat.support.OpenedDatabases;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same store, the same tests, on SQLite and on a real PostgreSQL server. */
class SqliteSessionStoreTest {
    @TempDir
    Path data;
    @RegisterExtension
    final OpenedDatabases databases = new OpenedDatabases();
    private SqliteSessionStore store;

    private void open(Dialect dialect) {
        store = new SqliteSessionStore(databases.open(dialect, data), WireJson.mapper());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void turnsGradesMovesAndMoods_comeBackAsTheyWereStored(Dialect dialect) {
        open(dialect);
        Conversation c = new Conversation("s1", Fixtures.customer(), SessionMode.EXAM);
        store.create(c);
        Turn opening = c.addPartner(new PartnerLine("Where is it?", new Mood(72, "angry"), "opening", null));
        Turn reply = c.addLearner("Sorry, let me check");
        Grade grade = new Grade(64, List.of(CriterionResult.of("apology", Polarity.POSITIVE, true, 0.9, "Sorry", "tip")),
                "Good start", false, "Sorry, I'll check now", "offline");

        store.saveTurn("s1", opening);
        store.saveTurn("s1", reply);
        store.saveGrade("s1", 1, grade);
        StoredSession loaded = store.load("s1").orElseThrow();

        assertEquals(SessionMode.EXAM, loaded.mode());
        assertEquals("late-parcel", loaded.scenarioId());
        assertEquals(new Mood(72, "angry"), loaded.turns().get(0).mood());
        assertEquals("opening", loaded.turns().get(0).move());
        assertEquals(grade, loaded.turns().get(1).grade());
        assertEquals(reply.at(), loaded.turns().get(1).at());
        assertNull(loaded.outcome());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void sessionSeed_isStored_soAResumedConversationSaysTheSameLines(Dialect dialect) {
        open(dialect);
        store.create(new Conversation("seeded", Fixtures.customer(), SessionMode.PRACTICE, 424242L));

        StoredSession loaded = store.load("seeded").orElseThrow();

        assertEquals(424242L, loaded.seed());
        assertEquals(424242L, Conversation.restore(loaded, Fixtures.customer()).seed());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void customerWhoAskedForAManager_isStoredWithThatOutcome(Dialect dialect) {
        open(dialect);
        store.create(new Conversation("s4", Fixtures.customer(), SessionMode.PRACTICE));
        SessionReport report = new SessionReport(Outcome.MANAGER, 4, 30, List.of(), List.of(),
                "The customer asked for a manager.");

        store.saveEnd("s4", Outcome.MANAGER, report);

        assertEquals(Outcome.MANAGER, store.load("s4").orElseThrow().outcome());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void endedSession_keepsItsOutcomeAndReport(Dialect dialect) {
        open(dialect);
        store.create(new Conversation("s2", Fixtures.customer(), SessionMode.PRACTICE));
        SessionReport report = new SessionReport(Outcome.WALKED_OUT, 3, 41,
                List.of(new SessionReport.Strength("empathy", "Empathy", 2)),
                List.of(new SessionReport.Practice("blame", "Blame", "Drop 'calm down'")), "The persona walked out.");

        store.saveEnd("s2", Outcome.WALKED_OUT, report);

        StoredSession loaded = store.load("s2").orElseThrow();
        assertEquals(Outcome.WALKED_OUT, loaded.outcome());
        assertEquals(report, loaded.report());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void sameTurnTwice_isRefused_soNothingIsDuplicated(Dialect dialect) {
        open(dialect);
        store.create(new Conversation("s3", Fixtures.customer(), SessionMode.PRACTICE));
        Turn turn = Turn.learner(0, "hello");
        store.saveTurn("s3", turn);

        TurnTakenException e = assertThrows(TurnTakenException.class,
                () -> store.saveTurn("s3", Turn.learner(0, "hello from another node")));

        assertTrue(e.getMessage().contains("Turn 0 of session 's3' is stored already"), e.getMessage());
        assertEquals(List.of("hello"), store.load("s3").orElseThrow().turns().stream().map(Turn::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void writersRacingForTheSameTurns_storeEachIndexOnce_andEveryOtherWriteStillCommits(Dialect dialect) throws Exception {
        // given one session and, beside it, other sessions whose writes share the same batches
        open(dialect);
        store.create(new Conversation("race", Fixtures.customer(), SessionMode.PRACTICE));
        for (int i = 0; i < 8; i++) {
            store.create(new Conversation("other" + i, Fixtures.customer(), SessionMode.PRACTICE));
        }
        AtomicInteger refused = new AtomicInteger();

        // when 8 writers each try to store turns 0-9 of "race", and one turn of their own session
        List<Thread> writers = IntStream.range(0, 8).mapToObj(w -> Thread.ofVirtual().start(() -> {
            store.saveTurn("other" + w, Turn.learner(0, "mine"));
            for (int i = 0; i < 10; i++) {
                try {
                    store.saveTurn("race", Turn.learner(i, "writer " + w));
                } catch (TurnTakenException expected) {
                    refused.incrementAndGet();
                }
            }
        })).toList();
        for (Thread writer : writers) {
            writer.join();
        }

        // then each index is stored once, the other 70 tries are refused, and the unrelated writes all landed
        List<Turn> stored = store.load("race").orElseThrow().turns();
        assertEquals(IntStream.range(0, 10).boxed().toList(), stored.stream().map(Turn::index).toList());
        assertEquals(70, refused.get());
        for (int i = 0; i < 8; i++) {
            assertEquals(1, store.load("other" + i).orElseThrow().turns().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void unknownId_findsNothing_evenWhenItLooksLikeSql(Dialect dialect) {
        open(dialect);
        // A stored session that string-built SQL would return for the injected condition.
        store.create(new Conversation("s1", Fixtures.customer(), SessionMode.PRACTICE));

        assertTrue(store.load("x' OR '1'='1").isEmpty());
        assertTrue(store.load("s1' --").isEmpty());
        assertTrue(store.load("s1").isPresent());
    }
}

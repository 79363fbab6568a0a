package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.CriterionResult;
import dev.hotseat.evaluation.Grade;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.persona.Mood;
import dev.hotseat.persona.Polarity;
import dev.hotseat.support.Fixtures;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSessionStoreTest {
    @TempDir
    Path data;
    private Database db;
    private SqliteSessionStore store;

    @BeforeEach
    void open() {
        db = Database.open(data, Migration.all());
        store = new SqliteSessionStore(db, WireJson.mapper());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void turnsGradesMovesAndMoods_comeBackAsTheyWereStored() {
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

    @Test
    void endedSession_keepsItsOutcomeAndReport() {
        store.create(new Conversation("s2", Fixtures.customer(), SessionMode.PRACTICE));
        SessionReport report = new SessionReport(Outcome.WALKED_OUT, 3, 41,
                List.of(new SessionReport.Strength("empathy", "Empathy", 2)),
                List.of(new SessionReport.Practice("blame", "Blame", "Drop 'calm down'")), "The persona walked out.");

        store.saveEnd("s2", Outcome.WALKED_OUT, report);

        StoredSession loaded = store.load("s2").orElseThrow();
        assertEquals(Outcome.WALKED_OUT, loaded.outcome());
        assertEquals(report, loaded.report());
    }

    @Test
    void sameTurnTwice_isRefused_soNothingIsDuplicated() {
        store.create(new Conversation("s3", Fixtures.customer(), SessionMode.PRACTICE));
        Turn turn = Turn.learner(0, "hello");
        store.saveTurn("s3", turn);

        assertThrows(StoreException.class, () -> store.saveTurn("s3", turn));
        assertEquals(1, store.load("s3").orElseThrow().turns().size());
    }

    @Test
    void unknownId_findsNothing_evenWhenItLooksLikeSql() {
        // A stored session that string-built SQL would return for the injected condition.
        store.create(new Conversation("s1", Fixtures.customer(), SessionMode.PRACTICE));

        assertTrue(store.load("x' OR '1'='1").isEmpty());
        assertTrue(store.load("s1' --").isEmpty());
        assertTrue(store.load("s1").isPresent());
    }
}

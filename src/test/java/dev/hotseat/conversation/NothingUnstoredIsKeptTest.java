package dev.hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.Speaker;
import dev.hotseat.core.Turn;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.store.SqliteSessionOwners;
import dev.hotseat.store.SqliteSessionStore;
import dev.hotseat.store.SqliteTryStore;
import dev.hotseat.support.FailingWrites;
import dev.hotseat.support.FailingWrites.Kind;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.RecordingEvents;
import dev.hotseat.web.WireJson;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the store refuses leaves no trace in memory: the turn and its client id enter the session only after the
 * store has kept them, so memory and the SQLite file always hold the same turns, and a resend is stored once.
 */
@Timeout(30)
class NothingUnstoredIsKeptTest {
    @TempDir
    Path dir;
    private Database db;
    private FailingWrites store;
    private Sessions sessions;
    private ExecutorService executor;
    private final RecordingEvents events = new RecordingEvents();

    @BeforeEach
    void openStore() {
        ObjectMapper json = WireJson.mapper();
        db = Database.open(dir, Migration.all());
        store = new FailingWrites(new SqliteSessionStore(db, json));
        executor = Executors.newVirtualThreadPerTaskExecutor();
        FakeLibrary library = new FakeLibrary();
        SqliteTryStore tries = new SqliteTryStore(db, json);
        TurnPipeline pipeline = new TurnPipeline(Engines.offline(new KeywordEvaluator(), new FakePartner()), store,
                tries, library, executor);
        sessions = new Sessions(library, store, new SqliteSessionOwners(db), tries, pipeline, executor);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        db.close();
    }

    private ChatSession started() {
        ChatSession session = sessions.start("late-parcel", SessionMode.PRACTICE, "learner-1", events);
        events.await("partner 0");
        return session;
    }

    private List<Speaker> storedSpeakers(ChatSession session) {
        return store.load(session.id()).orElseThrow().turns().stream().map(Turn::speaker).toList();
    }

    @Test
    void aReplyTheStoreRefuses_isAnsweredNotStored_withItsId_andLeavesNoTurnNorIdInMemory() {
        ChatSession session = started();
        store.fail(Kind.REPLY);

        sessions.reply(session, "I'm sorry about the parcel.", "a1");
        events.await("failed not-stored a1");

        assertEquals(1, session.conversation().turns().size(), "only the opening line");
        assertTrue(session.conversation().turnOf("a1").isEmpty());
        assertEquals(List.of(Speaker.PARTNER), storedSpeakers(session));
        assertFalse(events.lines().contains("stored a1 1"), events.lines().toString());
    }

    @Test
    void theResendOfAReplyNotStored_isStoredOnce_andAResendAfterThatIsOnlyAcknowledged() {
        ChatSession session = started();
        store.fail(Kind.REPLY);
        sessions.reply(session, "I'm sorry about the parcel.", "a1");
        events.await("failed not-stored a1");

        store.heal();
        sessions.reply(session, "I'm sorry about the parcel.", "a1");
        events.await("partner 2");
        sessions.reply(session, "I'm sorry about the parcel.", "a1");

        events.await("stored a1 1");
        assertEquals(2, Collections.frequency(waitForSecondAck(), "stored a1 1"));
        assertEquals(Map.of("a1", 1), store.clientIds(session.id()));
        assertEquals(List.of(Speaker.PARTNER, Speaker.LEARNER, Speaker.PARTNER), storedSpeakers(session));
    }

    private List<String> waitForSecondAck() {
        dev.hotseat.support.Waiting.until(java.time.Duration.ofSeconds(10), "a second 'stored a1 1'",
                () -> Collections.frequency(events.lines(), "stored a1 1") == 2);
        return events.lines();
    }

    @Test
    void aReplyThatReachedTheStoreAlthoughTheStoreSaidNo_isAcknowledgedOnItsResend_andKeptOnce() {
        ChatSession session = started();
        store.loseAnswers();
        sessions.reply(session, "I'm sorry about the parcel.", "a1");
        events.await("failed not-stored a1");
        store.heal();

        sessions.reply(session, "I'm sorry about the parcel.", "a1");

        events.await("stored a1 1");
        events.await("partner 2");
        assertEquals(Map.of("a1", 1), store.clientIds(session.id()));
        assertEquals(List.of(Speaker.PARTNER, Speaker.LEARNER, Speaker.PARTNER), storedSpeakers(session));
    }

    @Test
    void anAnswerTheStoreRefuses_isSaidSo_andMemoryStaysAsTheStore_soAResumeAnswersIt() {
        ChatSession session = started();
        store.fail(Kind.TURN);
        sessions.reply(session, "Let me check the courier.", "a1");
        events.await("stored a1 1");
        events.await("failed not-stored");
        assertEquals(2, session.conversation().turns().size(), "the reply, but no answer");
        assertEquals(List.of(Speaker.PARTNER, Speaker.LEARNER), storedSpeakers(session));

        store.heal();
        session.detach(events);
        RecordingEvents again = new RecordingEvents();
        sessions.resume(session.id(), owner -> true, again);

        again.await("partner 2");
        assertEquals(List.of(Speaker.PARTNER, Speaker.LEARNER, Speaker.PARTNER), storedSpeakers(session));
    }

    @Test
    void aGradeTheStoreRefuses_isNeitherShownNorKept() {
        ChatSession session = started();
        store.fail(Kind.GRADE);

        sessions.reply(session, "I'm sorry, let me check.", "a1");
        events.await("partner 2");

        assertTrue(events.lines().contains("failed not-stored"), events.lines().toString());
        assertFalse(events.lines().contains("grade 1"), events.lines().toString());
        assertNull(session.conversation().turns().get(1).grade());
        assertNull(store.load(session.id()).orElseThrow().turns().get(1).grade());
    }

    @Test
    void aSessionTheStoreCannotCreate_isRefusedAtOnce_andNothingOfItIsInMemory() {
        store.fail(Kind.CREATE);

        NotStoredException refused = assertThrows(NotStoredException.class,
                () -> sessions.start("late-parcel", SessionMode.PRACTICE, "learner-1", events));

        assertEquals("not-stored", refused.code());
        assertEquals(0, sessions.inMemory());
    }

    @Test
    void anEndTheStoreRefuses_leavesTheSessionGoing_andEndingAgainWorks() {
        ChatSession session = started();
        store.fail(Kind.END);
        sessions.end(session);
        events.await("failed not-stored");
        assertFalse(session.conversation().ended());
        assertNull(store.load(session.id()).orElseThrow().outcome());

        store.heal();
        sessions.end(session);

        events.await("ended ended");
        assertTrue(session.conversation().ended());
    }
}

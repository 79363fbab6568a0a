package dev.hotseat.support;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.store.StoreException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real store whose writes of the chosen kinds fail on demand, as a full disk or a database gone away makes them
 * fail: the write is refused before it reaches the store, and reads go on working.
 */
public final class FailingWrites implements SessionStore {
    /** The writes a test can make fail. */
    public enum Kind { CREATE, REPLY, TURN, GRADE, END }

    private final SessionStore real;
    private final Set<Kind> failing = ConcurrentHashMap.newKeySet();
    private volatile boolean answersLost;

    public FailingWrites(SessionStore real) {
        this.real = real;
    }

    /** From now on these writes fail; none given means every kind. */
    public void fail(Kind... kinds) {
        failing.addAll(kinds.length == 0 ? Set.of(Kind.values()) : Set.of(kinds));
    }

    /**
     * From now on replies reach the store but the store says they failed, as when the connection drops while the
     * commit's answer is on its way.
     */
    public void loseAnswers() {
        answersLost = true;
    }

    /** Writes work again. */
    public void heal() {
        failing.clear();
        answersLost = false;
    }

    private void check(Kind kind) {
        if (failing.contains(kind)) {
            throw new StoreException("Cannot write to the database: [SQLITE_FULL] database or disk is full", null);
        }
    }

    @Override
    public void create(Conversation conversation) {
        check(Kind.CREATE);
        real.create(conversation);
    }

    @Override
    public void saveTurn(String sessionId, Turn turn) {
        check(Kind.TURN);
        real.saveTurn(sessionId, turn);
    }

    @Override
    public void saveReply(String sessionId, Turn turn, String clientId) {
        check(Kind.REPLY);
        real.saveReply(sessionId, turn, clientId);
        if (answersLost) {
            throw new StoreException("Cannot write to the database: An I/O error occurred while sending to the backend",
                    null);
        }
    }

    @Override
    public Map<String, Integer> clientIds(String sessionId) {
        return real.clientIds(sessionId);
    }

    @Override
    public void saveGrade(String sessionId, int turn, Grade grade) {
        check(Kind.GRADE);
        real.saveGrade(sessionId, turn, grade);
    }

    @Override
    public void saveEnd(String sessionId, Outcome outcome, SessionReport report) {
        check(Kind.END);
        real.saveEnd(sessionId, outcome, report);
    }

    @Override
    public Optional<StoredSession> load(String sessionId) {
        return real.load(sessionId);
    }
}

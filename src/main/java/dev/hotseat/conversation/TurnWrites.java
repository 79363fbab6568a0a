package dev.hotseat.conversation;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;

/**
 * Each part of a turn, written to the store before the conversation takes it in: a write that fails leaves no trace
 * in memory and throws {@link NotStoredException}, so memory and the store always hold the same turns and a client
 * is told {@code stored} only for what is in the database.
 */
final class TurnWrites {
    private final SessionStore store;
    private final TryStore tries;

    TurnWrites(SessionStore store, TryStore tries) {
        this.store = store;
        this.tries = tries;
    }

    /**
     * The learner's reply, stored and then added. When the write did reach the store although the store said otherwise
     * (a connection lost at the commit), its resend clashes with the row it left, and that row is what counts.
     */
    Turn reply(Conversation c, Turn learner, String clientId) {
        try {
            NotStoredException.attempt(() -> store.saveReply(c.id(), learner, clientId),
                    failed -> NotStoredException.reply(clientId, failed));
        } catch (TurnTakenException taken) {
            if (clientId == null || !storedAfterAll(c.id(), clientId, learner.index())) {
                throw taken;
            }
        }
        return c.add(learner, clientId);
    }

    private boolean storedAfterAll(String sessionId, String clientId, int index) {
        try {
            return Integer.valueOf(index).equals(store.clientIds(sessionId).get(clientId));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The persona's line, stored and then added. */
    Turn partner(Conversation c, Turn partner) {
        NotStoredException.attempt(() -> store.saveTurn(c.id(), partner),
                failed -> NotStoredException.of("the persona's answer", failed));
        return c.add(partner, null);
    }

    /** The verdict on learner turn {@code turn}, stored and then recorded. */
    void grade(Conversation c, int turn, Grade grade) {
        NotStoredException.attempt(() -> store.saveGrade(c.id(), turn, grade),
                failed -> NotStoredException.of("the grade of your reply (turn " + turn + ")", failed));
        c.grade(turn, grade);
    }

    /** How the session ended, stored and then marked. */
    void end(Conversation c, Outcome outcome, SessionReport report) {
        NotStoredException.attempt(() -> store.saveEnd(c.id(), outcome, report),
                failed -> NotStoredException.of("the end of the session", failed));
        c.end(outcome, report);
    }

    /** Learner turn {@code turn} and everything after it, set aside as a try in the store and then in memory. */
    Try setAside(Conversation c, int turn) {
        NotStoredException.attempt(() -> tries.setAside(c.id(), turn, c.tries().size() + 1),
                failed -> NotStoredException.of("your answer to turn " + turn + " again", failed));
        return c.rewind(turn);
    }
}

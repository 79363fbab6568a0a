package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import java.util.Map;
import java.util.Optional;

/** Keeps sessions, turns, grades and outcomes so a chat survives a dropped socket or a restart. */
public interface SessionStore {

    /** Records a new session with no turns. */
    void create(Conversation conversation);

    /** Records one turn; called before any engine sees a learner turn. */
    void saveTurn(String sessionId, Turn turn);

    /**
     * Records a learner's reply with the id its client gave it (null when none): one write, so a reply is never
     * stored without its id. A second reply with the same id in one session is refused by the store.
     */
    void saveReply(String sessionId, Turn turn, String clientId);

    /** The client ids of a session's stored replies, each to its turn index. */
    Map<String, Integer> clientIds(String sessionId);

    /** Records the verdict on one learner turn. */
    void saveGrade(String sessionId, int turn, Grade grade);

    /** Records how the session ended. */
    void saveEnd(String sessionId, Outcome outcome, SessionReport report);

    /** The stored session, if there is one with this id. */
    Optional<StoredSession> load(String sessionId);
}

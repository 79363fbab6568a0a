package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Grade;
import java.util.Optional;

/** Keeps sessions, turns, grades and outcomes so a chat survives a dropped socket or a restart. */
public interface SessionStore {

    /** Records a new session with no turns. */
    void create(Conversation conversation);

    /** Records one turn; called before any engine sees a learner turn. */
    void saveTurn(String sessionId, Turn turn);

    /** Records the verdict on one learner turn. */
    void saveGrade(String sessionId, int turn, Grade grade);

    /** Records how the session ended. */
    void saveEnd(String sessionId, Outcome outcome, SessionReport report);

    /** The stored session, if there is one with this id. */
    Optional<StoredSession> load(String sessionId);
}

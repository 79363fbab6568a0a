package dev.hotseat.conversation;

import java.util.List;

/** Keeps the tries a learner set aside when they answered a turn again. */
public interface TryStore {

    /**
     * Moves turn {@code fromTurn} and every later turn (with their grades) of {@code sessionId} into try
     * {@code attempt}, in one transaction: afterwards the session's turns end just before {@code fromTurn}.
     */
    void setAside(String sessionId, int fromTurn, int attempt);

    /** The session's tries, oldest first. */
    List<Try> tries(String sessionId);

    /** For stores that keep no tries: retrying is refused before this is ever called. */
    TryStore NONE = new TryStore() {
        @Override
        public void setAside(String sessionId, int fromTurn, int attempt) {
            throw new UnsupportedOperationException("This store keeps no tries");
        }

        @Override
        public List<Try> tries(String sessionId) {
            return List.of();
        }
    };
}

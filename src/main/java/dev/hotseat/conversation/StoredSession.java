package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import java.time.Instant;
import java.util.List;

/**
 * A session as the store keeps it; {@link Conversation#restore} turns it back into a live conversation.
 *
 * @param outcome null while the session goes on
 * @param report  null while the session goes on
 */
public record StoredSession(String id, String scenarioId, SessionMode mode, Instant created,
                            List<Turn> turns, Outcome outcome, SessionReport report) {
    public StoredSession {
        turns = List.copyOf(turns);
    }
}

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
 * @param seed    what varies the partner's lines in this session; replaying the turns with it gives the same lines
 */
public record StoredSession(String id, String scenarioId, SessionMode mode, Instant created,
                            List<Turn> turns, Outcome outcome, SessionReport report, long seed) {
    public StoredSession {
        turns = List.copyOf(turns);
    }

    /** A session stored before seeds were kept: its seed comes from its id, so it still replays the same way. */
    public StoredSession(String id, String scenarioId, SessionMode mode, Instant created,
                         List<Turn> turns, Outcome outcome, SessionReport report) {
        this(id, scenarioId, mode, created, turns, outcome, report, Conversation.seedOf(id));
    }
}

package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;

/**
 * The turn is stored already: another node (or an earlier try) wrote this index of this session first, or a reply
 * with this client id is in the session. The store refuses it whole, so a session's turns are never interleaved
 * from two writers and no reply is stored twice ({@code turn-taken}, 409).
 */
public final class TurnTakenException extends Rejection {
    public TurnTakenException(String sessionId, int index, Throwable cause) {
        super("turn-taken", 409, "Turn " + index + " of session '" + sessionId + "' is stored already (another node"
                + " or an earlier try wrote it first); resume the session to see what it holds", cause);
    }
}

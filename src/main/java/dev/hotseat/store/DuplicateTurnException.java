package dev.hotseat.store;

/**
 * The turn is stored already: another node (or an earlier try) wrote this index of this session first. The
 * store refuses it whole, so a session's turns are never interleaved from two writers.
 */
public final class DuplicateTurnException extends StoreException {
    public DuplicateTurnException(String sessionId, int index, Throwable cause) {
        super("Turn " + index + " of session '" + sessionId + "' is stored already (another node or an earlier "
                + "try wrote it first); resume the session to see what it holds", cause);
    }
}

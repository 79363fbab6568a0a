package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;

/**
 * A stored session holds a value that cannot be read back (bytes changed on disk, a hand edit gone wrong). The
 * client hears {@code damaged-session} (500) without the details; {@code java -jar hotseat.jar check} lists every
 * damaged session with what is wrong, for the operator.
 */
public final class DamagedSessionException extends Rejection {
    private final String detail;

    public DamagedSessionException(String sessionId, String detail, Throwable cause) {
        super("damaged-session", 500, "Session '" + sessionId + "' is damaged in the database: part of it cannot be"
                + " read back. Nothing was changed; the operator can find it with 'java -jar hotseat.jar check'.", cause);
        this.detail = detail;
    }

    /** What cannot be read, for the operator (never sent to a client). */
    public String detail() {
        return detail;
    }
}

package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;
import java.util.Map;
import java.util.function.Function;

/**
 * A write the store did not make (disk full, database down, file locked): nothing of it was kept, in the store or
 * in memory, so sending the same thing again is safe and is stored once. The client hears {@code not-stored}
 * with a retry-after; a reply's client id comes back with it, so the client knows which reply to send again.
 */
public final class NotStoredException extends Rejection {
    /** Seconds before a client sends again: long enough for a locked file or a restarting database. */
    static final int RETRY_AFTER = 2;
    private final String clientId;

    private NotStoredException(String message, String clientId, Throwable cause) {
        super("not-stored", 503, message, cause);
        this.clientId = clientId;
    }

    /** The learner's reply sent with {@code clientId} (null for none) was not stored. */
    public static NotStoredException reply(String clientId, Throwable cause) {
        return new NotStoredException("Your reply was not stored (the server could not write it down), so nothing"
                + " happened with it: send it again" + (clientId == null ? "" : " with the same id") + ".", clientId, cause);
    }

    /** Something of the session other than a reply ({@code what}: "the persona's line", "the new session") was not stored. */
    public static NotStoredException of(String what, Throwable cause) {
        return new NotStoredException("The server could not store " + what + ", so it did not happen: try again"
                + " shortly.", null, cause);
    }

    /**
     * Runs a store write. A refusal that means something of its own (a turn another node took) goes through as it is;
     * any other failure becomes {@code otherwise}: the write did not happen, and the caller changes nothing.
     */
    public static void attempt(Runnable write, Function<RuntimeException, NotStoredException> otherwise) {
        try {
            write.run();
        } catch (Rejection refused) {
            throw refused;
        } catch (RuntimeException failed) {
            throw otherwise.apply(failed);
        }
    }

    @Override
    public Integer retryAfter() {
        return RETRY_AFTER;
    }

    @Override
    public Map<String, Object> details() {
        return clientId == null ? Map.of() : Map.of("id", clientId);
    }
}

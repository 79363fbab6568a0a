package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;

/**
 * The server cannot take this now: too many turns in flight, or this client asked too often. The client is told
 * at once, with how long to wait, instead of waiting in a queue that only grows.
 */
public class BusyException extends Rejection {
    private final int retryAfter;

    public BusyException(String message, int retryAfterSeconds) {
        super("busy", 429, message + " Try again in " + retryAfterSeconds + " s.");
        this.retryAfter = retryAfterSeconds;
    }

    /** Seconds to wait before trying again; at least 1. */
    @Override
    public Integer retryAfter() {
        return retryAfter;
    }
}

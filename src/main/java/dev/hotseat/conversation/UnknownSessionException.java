package dev.hotseat.conversation;

/** A session id that names no stored session. */
public class UnknownSessionException extends RuntimeException {
    public UnknownSessionException(String id) {
        super("Session '" + id + "' not found (it may never have existed; start a new one)");
    }
}

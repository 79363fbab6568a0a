package dev.hotseat.input;

/** Something a client sent or asked for that is refused as it stands, with the error code the client is sent. */
public abstract class Rejection extends RuntimeException {
    private final String code;

    protected Rejection(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code sent to the client, e.g. "empty-reply" or "wrong-credentials". */
    public String code() {
        return code;
    }
}

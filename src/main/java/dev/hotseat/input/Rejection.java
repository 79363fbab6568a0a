package dev.hotseat.input;

import java.util.Map;

/**
 * Something a client sent or asked for that is refused as it stands, with the error code the client is sent.
 * Every refusal reaches the client the same way (docs/protocol.md, "Errors"): over HTTP as {@code status} with the
 * body {@code {error, message, ...details}}, on the socket as an {@code error} message with the same fields.
 */
public abstract class Rejection extends RuntimeException {
    private final String code;
    private final int status;

    protected Rejection(String code, String message) {
        this(code, 400, message);
    }

    protected Rejection(String code, int status, String message) {
        this(code, status, message, null);
    }

    protected Rejection(String code, int status, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.status = status;
    }

    /** The error code sent to the client, e.g. "empty-reply" or "wrong-credentials". */
    public String code() {
        return code;
    }

    /** The HTTP status it is answered with (400 unless the refusal says otherwise). */
    public int status() {
        return status;
    }

    /** Seconds after which trying again may work, or null when trying again the same way cannot help. */
    public Integer retryAfter() {
        return null;
    }

    /** More fields for the answer beside {@code error} and {@code message} (e.g. which reply, which problems). */
    public Map<String, Object> details() {
        return Map.of();
    }
}

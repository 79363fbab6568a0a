package dev.hotseat.account;

/** Something a person asked for that is refused as asked: carries the error code and HTTP status the client sees. */
public class Refusal extends RuntimeException {
    private final String code;
    private final int status;

    public Refusal(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** The error code sent to the client, e.g. "wrong-credentials". */
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}

package dev.hotseat.account;

import dev.hotseat.input.Rejection;

/** Something a person asked for that is refused as asked: carries the error code and HTTP status the client sees. */
public class Refusal extends Rejection {
    private final int status;

    public Refusal(String code, int status, String message) {
        super(code, message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

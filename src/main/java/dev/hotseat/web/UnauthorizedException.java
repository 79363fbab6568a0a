package dev.hotseat.web;

/** A coach-only route was called without the coach's token. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}

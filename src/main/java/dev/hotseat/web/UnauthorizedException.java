package dev.hotseat.web;

import dev.hotseat.input.Rejection;

/** A coach route was called by nobody signed in, or with a wrong coach token ({@code unauthorized}, 401). */
public class UnauthorizedException extends Rejection {
    public UnauthorizedException(String message) {
        super("unauthorized", 401, message);
    }
}

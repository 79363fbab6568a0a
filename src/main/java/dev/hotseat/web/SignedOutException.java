package dev.hotseat.web;

import dev.hotseat.input.Rejection;

/** The sign-in this socket was opened with has ended; the socket closes ({@code signed-out}). */
public class SignedOutException extends Rejection {
    SignedOutException() {
        super("signed-out", 401, "You signed out, so this window's chat has closed. Sign in again (or reload the page)"
                + " to go on.");
    }
}

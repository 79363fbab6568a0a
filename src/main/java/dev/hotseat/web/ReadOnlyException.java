package dev.hotseat.web;

import dev.hotseat.input.Rejection;

/** A coach watching a learner's session tried to act in it: watching is read-only ({@code read-only}, 403). */
public class ReadOnlyException extends Rejection {
    ReadOnlyException(String session) {
        super("read-only", 403, "You are watching session '" + session + "', which is the learner's: you can read"
                + " along but not reply, answer again or end it. Review it at /review.html when it is done.");
    }
}

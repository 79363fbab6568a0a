package dev.hotseat.web;

import dev.hotseat.input.Rejection;

/**
 * The server is stopping (a deploy, SIGTERM): it finishes the turns already taken and takes no new message; the
 * client resumes on the restarted server in a few seconds and sends it again ({@code restarting}).
 */
public class RestartingException extends Rejection {
    RestartingException() {
        super("restarting", 503, "The server is restarting: this message was not taken. Reconnect in a few seconds,"
                + " resume the session and send it again.");
    }

    @Override
    public Integer retryAfter() {
        return 5;
    }
}

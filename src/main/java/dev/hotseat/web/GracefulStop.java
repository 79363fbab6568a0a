package dev.hotseat.web;

import dev.hotseat.conversation.Sessions;
import java.time.Duration;

/**
 * How the server lets go of its learners when a deploy stops it (SIGTERM): the socket takes no new message, the
 * turns in flight are answered for up to {@code limit} ({@code --stop-seconds}), then every socket is told
 * {@code restarting} (close code 1012), so the page reconnects to the next server and resumes.
 */
record GracefulStop(ChatSocket socket, Sessions sessions, Duration limit) {
    /** The close code for "the server restarts; reconnect" (RFC 6455's registry: Service Restart). */
    static final int RESTARTING = 1012;

    /** Runs the steps above; the server stops listening after. */
    void run() {
        socket.stopTaking();
        long until = System.nanoTime() + limit.toNanos();
        while (sessions.turnsInFlight() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        socket.closeAll(RESTARTING, "restarting");
    }
}

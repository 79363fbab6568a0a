package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;
import java.util.Map;

/**
 * The reply was not graded within the grading budget: every grader was busy, or this reply took longer than the
 * deadline. On the socket the reply is stored and the persona answers anyway; over HTTP, try again shortly.
 */
public final class NotGradedException extends Rejection {
    private final Integer turn;

    private NotGradedException(String message, Integer turn) {
        super("not-graded", 503, message);
        this.turn = turn;
    }

    /** Every grader is busy and the queue is full. */
    static NotGradedException busy() {
        return new NotGradedException("Every grader is busy right now, so this reply was not graded: try again"
                + " in a moment.", null);
    }

    /** The grade took longer than the deadline. */
    static NotGradedException late(long millis) {
        return new NotGradedException("This reply could not be graded within " + millis + " ms, so it has no"
                + " grade: the server is busy, or the text is very unusual.", null);
    }

    /** The same refusal, for learner turn {@code index} of a session (the persona answers it anyway). */
    NotGradedException forTurn(int index) {
        return new NotGradedException(getMessage() + " Your reply is kept and the persona answers it.", index);
    }

    @Override
    public Integer retryAfter() {
        return turn == null ? 1 : null;
    }

    @Override
    public Map<String, Object> details() {
        return turn == null ? Map.of() : Map.of("turn", turn);
    }
}

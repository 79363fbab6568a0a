package dev.hotseat.conversation;

import dev.hotseat.core.Turn;
import dev.hotseat.input.Rejection;
import dev.hotseat.input.TextShape;

/** A learner's reply that cannot be taken: empty, too long, with no session, or after the session ended. */
public class ReplyRejectedException extends Rejection {
    /** The longest reply taken, in characters. */
    public static final int MAX_LENGTH = 2_000;

    /** How many replies one session may have waiting; a client that floods replies is told to slow down. */
    public static final int MAX_WAITING = 8;

    private ReplyRejectedException(String code, String message) {
        super(code, message);
    }

    private ReplyRejectedException(String code, int status, String message) {
        super(code, status, message);
    }

    /**
     * Checks a reply's text and returns it trimmed and in the shape graders read in bounded time (NFC, runs of
     * combining marks cut short: {@link TextShape}); that is the text stored, graded and quoted as evidence.
     */
    public static String check(String text) {
        String trimmed = text == null ? "" : TextShape.normalise(text.strip());
        if (trimmed.isEmpty()) {
            throw new ReplyRejectedException("empty-reply", "The reply is empty: write something to say to the persona.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new ReplyRejectedException("reply-too-long", "The reply is " + trimmed.length()
                    + " characters long (at most " + MAX_LENGTH + "): '" + trimmed.substring(0, 40) + "…'");
        }
        return trimmed;
    }

    public static ReplyRejectedException noSession() {
        return new ReplyRejectedException("no-session",
                "There is no session on this connection yet: send {\"type\":\"start\"} or {\"type\":\"resume\"} first.");
    }

    public static ReplyRejectedException ended(String sessionId) {
        return new ReplyRejectedException("session-ended", 409,
                "Session '" + sessionId + "' has ended; start a new one to keep practising.");
    }

    public static ReplyRejectedException takenOver(String sessionId) {
        return new ReplyRejectedException("taken-over", "Session '" + sessionId + "' is open in another window or tab,"
                + " which gets its messages now: send {\"type\":\"resume\"} to continue here.");
    }

    public static ReplyRejectedException tooManyWaiting() {
        return new ReplyRejectedException("too-many-replies", "Already " + MAX_WAITING
                + " replies are waiting for an answer: wait for the persona before sending more.");
    }

    /** A retry aimed at a turn that is not one of the learner's replies in this session. */
    public static ReplyRejectedException noSuchTurn(int turn, java.util.List<Integer> replies) {
        return new ReplyRejectedException("unknown-turn", "Turn " + turn + " is not one of your replies"
                + (replies.isEmpty() ? " (you have not replied yet)" : " (your replies are turns "
                + replies.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")")
                + ": pick a reply of yours to answer again.");
    }

    /** An exam is one go, like the real thing: no answering a turn again. */
    public static ReplyRejectedException retryInExam() {
        return new ReplyRejectedException("retry-in-exam",
                "An exam is one go, like the real conversation: turns cannot be answered again. Practise mode allows it.");
    }
}

package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;

/** Where a session's events go: the socket currently attached to it, or nowhere while it is detached. */
public interface ChatEvents {

    /** A session was created and is about to hear its opening line. */
    void started(Conversation conversation);

    /** A socket re-attached to the session; everything so far is in the conversation. */
    void resumed(Conversation conversation);

    /** A piece of the persona's line for turn {@code turn}, as it is produced. */
    void partnerDelta(int turn, String text);

    /** The persona's whole line, stored. */
    void partner(Turn turn);

    /** The verdict on learner turn {@code turn}, stored. */
    void grade(int turn, Grade grade);

    /** The session is over. */
    void ended(Outcome outcome, SessionReport report);

    /**
     * The learner is answering turn {@code set.fromTurn()} again: those turns were set aside as a try, and
     * {@code text} is stored as the new reply next (its grade and answer follow as usual).
     */
    default void rewound(Conversation conversation, Try set, String text) {
    }

    /** A language model failed; the offline engine stood in and the session goes on. */
    void modelFailed(String message);

    /** Something the learner asked for could not be done; the session goes on. */
    void failed(RuntimeException problem);

    /** The reply the client sent with {@code clientId} is durable as turn {@code turn} (also for a resend). */
    default void stored(String clientId, int turn) {
    }

    /** Another socket resumed session {@code sessionId}: this one no longer hears it. */
    default void takenOver(String sessionId) {
    }

    /** Events for a session nobody is watching: everything is in the store for when they come back. */
    ChatEvents NONE = new ChatEvents() {
        @Override public void started(Conversation conversation) { }
        @Override public void resumed(Conversation conversation) { }
        @Override public void partnerDelta(int turn, String text) { }
        @Override public void partner(Turn turn) { }
        @Override public void grade(int turn, Grade grade) { }
        @Override public void ended(Outcome outcome, SessionReport report) { }
        @Override public void modelFailed(String message) { }
        @Override public void failed(RuntimeException problem) { }
    };
}

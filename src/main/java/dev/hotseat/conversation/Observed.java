package dev.hotseat.conversation;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import java.util.List;

/**
 * A session's events for the learner's socket and for the coaches watching it: each hears what the learner hears.
 * What is the learner's alone (their replies' acknowledgements, being taken over) goes to the learner only.
 */
record Observed(ChatEvents learner, List<ChatEvents> coaches) implements ChatEvents {

    private void all(java.util.function.Consumer<ChatEvents> event) {
        event.accept(learner);
        coaches.forEach(event);
    }

    @Override public void started(Conversation conversation) { all(e -> e.started(conversation)); }
    @Override public void resumed(Conversation conversation) { learner.resumed(conversation); }
    @Override public void partnerDelta(int turn, String text) { all(e -> e.partnerDelta(turn, text)); }
    @Override public void partner(Turn turn) { all(e -> e.partner(turn)); }
    @Override public void grade(int turn, Grade grade) { all(e -> e.grade(turn, grade)); }
    @Override public void ended(Outcome outcome, SessionReport report) { all(e -> e.ended(outcome, report)); }
    @Override public void rewound(Conversation conversation, Try set, String text) { all(e -> e.rewound(conversation, set, text)); }
    @Override public void modelFailed(String message) { all(e -> e.modelFailed(message)); }
    @Override public void failed(RuntimeException problem) { all(e -> e.failed(problem)); }
    @Override public void stored(String clientId, int turn) { learner.stored(clientId, turn); }
    @Override public void takenOver(String sessionId) { learner.takenOver(sessionId); }
}

package dev.hotseat.support;

import dev.hotseat.conversation.ChatEvents;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.input.Rejection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A session's events as plain lines ("stored a1 1", "partner 2", "failed not-stored a2"), for tests to read. */
public final class RecordingEvents implements ChatEvents {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until a line equal to {@code line} has been heard. */
    public void await(String line) {
        Waiting.until(Duration.ofSeconds(10), "'" + line + "' in " + lines, () -> lines.contains(line));
    }

    @Override public void started(Conversation conversation) { lines.add("started"); }
    @Override public void resumed(Conversation conversation) { lines.add("resumed"); }
    @Override public void partnerDelta(int turn, String text) { }
    @Override public void partner(Turn turn) { lines.add("partner " + turn.index()); }
    @Override public void grade(int turn, Grade grade) { lines.add("grade " + turn); }
    @Override public void ended(Outcome outcome, SessionReport report) { lines.add("ended " + outcome.wire()); }
    @Override public void modelFailed(String message) { lines.add("model-failed"); }
    @Override public void stored(String clientId, int turn) { lines.add("stored " + clientId + " " + turn); }

    @Override
    public void failed(RuntimeException problem) {
        String code = problem instanceof Rejection refused ? refused.code() : "internal";
        Object id = problem instanceof Rejection refused ? refused.details().get("id") : null;
        lines.add("failed " + code + (id == null ? "" : " " + id));
    }
}

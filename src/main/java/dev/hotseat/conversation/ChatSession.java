package dev.hotseat.conversation;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/** A conversation in memory: its queue of work (one turn at a time) and the socket currently watching it. */
public final class ChatSession {
    private final Conversation conversation;
    private final String owner;
    private final AtomicReference<ChatEvents> events = new AtomicReference<>(ChatEvents.NONE);
    private final SerialQueue queue;

    public ChatSession(Conversation conversation, Executor executor) {
        this(conversation, null, executor);
    }

    /** @param owner who started it (see {@link SessionOwners}); null for a session from before accounts */
    public ChatSession(Conversation conversation, String owner, Executor executor) {
        this.conversation = conversation;
        this.owner = owner;
        this.queue = new SerialQueue(executor, problem -> events().failed(problem));
    }

    public Conversation conversation() {
        return conversation;
    }

    public String id() {
        return conversation.id();
    }

    /** Who started it; null for a session from before accounts. */
    public String owner() {
        return owner;
    }

    /** Where events go now; a socket that dropped is replaced by the next one to resume. */
    public ChatEvents events() {
        return events.get();
    }

    /**
     * Sends this session's future events to {@code watcher}. A socket that watched it until now is told it was
     * taken over, so two windows on one session never leave one of them waiting in silence.
     */
    public void attach(ChatEvents watcher) {
        ChatEvents previous = events.getAndSet(watcher);
        if (previous != ChatEvents.NONE && previous != watcher) {
            previous.takenOver(id());
        }
    }

    /** Stops sending events to {@code watcher}, unless another socket has already taken over. */
    public void detach(ChatEvents watcher) {
        events.compareAndSet(watcher, ChatEvents.NONE);
    }

    public boolean attached() {
        return events.get() != ChatEvents.NONE;
    }

    /** Queues work behind the session's earlier turns. */
    public void enqueue(Runnable work) {
        queue.submit(work);
    }

    /** How many turns are queued or running. */
    public int waiting() {
        return queue.waiting();
    }

    /** True when no turn is queued or running. */
    public boolean idle() {
        return queue.idle();
    }
}

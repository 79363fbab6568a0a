package dev.hotseat.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/** A conversation in memory: its queue of work (one turn at a time) and the socket currently watching it. */
public final class ChatSession {
    private final Conversation conversation;
    private final String owner;
    private final AtomicReference<ChatEvents> events = new AtomicReference<>(ChatEvents.NONE);
    /** Coaches watching read-only: they hear what the learner hears, and the learner is never pushed off. */
    private final List<ChatEvents> observers = new CopyOnWriteArrayList<>();
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

    /** Where events go now: the learner's socket (replaced by the next one to resume) and any coach watching. */
    public ChatEvents events() {
        ChatEvents learner = events.get();
        return observers.isEmpty() ? learner : new Observed(learner, List.copyOf(observers));
    }

    /** A coach watches from now on, read-only; the learner's socket stays attached. */
    public void observe(ChatEvents watcher) {
        observers.add(watcher);
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

    /** Stops sending events to {@code watcher} (the learner's, unless another socket took over, or a coach's). */
    public void detach(ChatEvents watcher) {
        events.compareAndSet(watcher, ChatEvents.NONE);
        observers.remove(watcher);
    }

    /** True while a socket watches: the learner's or a coach's. */
    public boolean attached() {
        return events.get() != ChatEvents.NONE || !observers.isEmpty();
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

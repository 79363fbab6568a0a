package dev.hotseat.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs tasks one after another, in the order submitted, on an executor (virtual threads); never blocks the caller. */
public final class SerialQueue {
    private final Executor executor;
    private final Consumer<RuntimeException> onFailure;
    private final AtomicInteger waiting = new AtomicInteger();
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /** @param onFailure told about a task that threw; the queue carries on with the next task */
    public SerialQueue(Executor executor, Consumer<RuntimeException> onFailure) {
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** Queues the task behind every task submitted before it. */
    public synchronized CompletableFuture<Void> submit(Runnable task) {
        waiting.incrementAndGet();
        tail = tail.exceptionally(ignored -> null).thenRunAsync(() -> runSafely(task), executor);
        return tail;
    }

    /** How many tasks are queued or running. */
    public int waiting() {
        return waiting.get();
    }

    /** True when no task is queued or running. */
    public synchronized boolean idle() {
        return tail.isDone();
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException problem) {
            onFailure.accept(problem);
        } finally {
            waiting.decrementAndGet();
        }
    }
}

package dev.hotseat.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs tasks one after another, in the order submitted, on an executor (virtual threads); never blocks the caller. */
public final class SerialQueue {
    private final Executor executor;
    private final Consumer<RuntimeException> onFailure;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /** @param onFailure told about a task that threw; the queue carries on with the next task */
    public SerialQueue(Executor executor, Consumer<RuntimeException> onFailure) {
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** Queues the task behind every task submitted before it. */
    public synchronized CompletableFuture<Void> submit(Runnable task) {
        tail = tail.exceptionally(ignored -> null).thenRunAsync(() -> runSafely(task), executor);
        return tail;
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
        }
    }
}

package dev.hotseat.conversation;

import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.input.TextShape;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The offline evaluator under a budget: a few platform threads of its own, a bounded queue, and a deadline per
 * grade, queueing included. Grading on the turns' virtual threads let two odd replies hold every carrier for 27 s,
 * and with them {@code /health}, page loads and everyone's chats; platform threads are time-sliced by the OS, so
 * a grade that runs long slows only the graders. A grade not done by the deadline is answered
 * {@link NotGradedException} ({@code not-graded}); chat and {@code POST /api/evaluate} share the one budget.
 */
public final class GradingBudget implements Evaluator, AutoCloseable {
    /** Grades waiting per grader before more are refused at once. */
    private static final int QUEUE_PER_THREAD = 64;
    private final Evaluator evaluator;
    private final ThreadPoolExecutor graders;
    private final Duration deadline;

    /** @param threads platform threads that grade; the number of cores keeps them all busy and no more */
    public GradingBudget(Evaluator evaluator, int threads, Duration deadline) {
        this.evaluator = evaluator;
        this.deadline = deadline;
        this.graders = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
                Thread.ofPlatform().daemon().name("hotseat-grader-", 0).factory());
    }

    /** Grades in the budget's pool, with the reply and the context it answers in the shape graders read in bounded time. */
    @Override
    public Grade grade(Exchange exchange) {
        Exchange shaped = new Exchange(exchange.mode(), TextShape.normalise(exchange.context()),
                TextShape.normalise(exchange.reply()), exchange.scenario(), exchange.earlierReplies(),
                exchange.earlierGrades());
        Future<Grade> grade;
        try {
            grade = graders.submit(() -> evaluator.grade(shaped));
        } catch (RejectedExecutionException full) {
            throw NotGradedException.busy();
        }
        try {
            return grade.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            // A grade still queued is dropped; one running cannot be stopped (patterns do not check interrupts) and
            // finishes on its grader, which is why the graders are a few platform threads of their own.
            grade.cancel(true);
            throw NotGradedException.late(deadline.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NotGradedException.late(deadline.toMillis());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : new IllegalStateException(e.getCause());
        }
    }

    /** Prepares on a grader when one is free; skipped, changing no grade, when all are busy. */
    @Override
    public void prepare(String context) {
        try {
            graders.execute(() -> evaluator.prepare(TextShape.normalise(context)));
        } catch (RejectedExecutionException busy) {
            // preparing is only a head start: the grade does the same work when it comes
        }
    }

    /** Grades queued or running now, for the metrics. */
    public int inFlight() {
        return graders.getActiveCount() + graders.getQueue().size();
    }

    @Override
    public void close() {
        graders.shutdownNow();
    }
}

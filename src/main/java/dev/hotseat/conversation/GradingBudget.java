package dev.hotseat.conversation;

import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.input.TextShape;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
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
 *
 * <p>When the graders are saturated the newest waiting grade runs first. In first-come order every grade waits
 * behind all the older ones, so under overload each one waits nearly the whole deadline and many miss it; a grade
 * that has already waited most of its deadline is the one least likely to be answered in time anyway. Newest
 * first lets the recent grades finish quickly while the oldest run out their deadline; in an earlier trial with
 * 2,000 human-paced chats on two cores it lowered a turn's p99 from 757 ms to 510 ms (docs/performance.md has the
 * runs since). It changes nothing when a grader is free, because then nothing waits. The queue stays bounded:
 * when it is full a new grade is refused at once ({@code not-graded}, busy), and a grade whose deadline passes
 * leaves the queue, so expired grades never take the places of live ones (in newest-first order they would sit at
 * the back until the queue emptied).
 *
 * <p>A grade taken while others still wait is made {@linkplain Evaluator#gradeInAHurry in a hurry}: the same
 * score, verdicts and tips without the rewrite, whose candidates are each read again and cost more than the grade.
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
                new NewestFirst(threads * QUEUE_PER_THREAD),
                Thread.ofPlatform().daemon().name("hotseat-grader-", 0).factory());
    }

    /** Grades in the budget's pool, with the reply and the context it answers in the shape graders read in bounded time. */
    @Override
    public Grade grade(Exchange exchange) {
        Exchange shaped = new Exchange(exchange.mode(), TextShape.normalise(exchange.context()),
                TextShape.normalise(exchange.reply()), exchange.scenario(), exchange.earlierReplies(),
                exchange.earlierGrades());
        // Taken while other grades still wait, a grade leaves out its rewrite: under overload one more learner
        // graded (without a "Try saying") is worth more than a better line for one and not-graded for the next.
        FutureTask<Grade> grade = new FutureTask<>(() -> othersWaiting() ? evaluator.gradeInAHurry(shaped)
                : evaluator.grade(shaped));
        try {
            graders.execute(grade);
        } catch (RejectedExecutionException full) {
            throw NotGradedException.busy();
        }
        try {
            return grade.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            // A grade still queued is dropped and leaves the queue (its place goes to a live grade); one running
            // cannot be stopped (patterns do not check interrupts) and finishes on its grader, which is why the
            // graders are a few platform threads of their own.
            grade.cancel(true);
            graders.remove(grade);
            throw NotGradedException.late(deadline.toMillis());
        } catch (InterruptedException e) {
            grade.cancel(true);
            graders.remove(grade);
            Thread.currentThread().interrupt();
            throw NotGradedException.late(deadline.toMillis());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Prepares on a grader, behind every grade waiting (preparing is only a head start, a grade is what a learner
     * waits for); skipped, changing no grade, when the queue is full.
     */
    @Override
    public void prepare(String context) {
        try {
            graders.execute(new HeadStart(() -> evaluator.prepare(TextShape.normalise(context))));
        } catch (RejectedExecutionException busy) {
            // preparing is only a head start: the grade does the same work when it comes
        }
    }

    private boolean othersWaiting() {
        return graders.getQueue().stream().anyMatch(work -> !(work instanceof HeadStart));
    }

    /** Grades queued or running now, for the metrics. */
    public int inFlight() {
        return graders.getActiveCount() + graders.getQueue().size();
    }

    @Override
    public void close() {
        graders.shutdownNow();
    }

    /** Work that only saves a later grade some time: it goes to the back of the queue. */
    private record HeadStart(Runnable work) implements Runnable {
        @Override
        public void run() {
            work.run();
        }
    }

    /**
     * The graders' queue, newest first: a grade is put at the front and graders take from the front (the pool
     * queues with {@code offer} and takes with {@code take}/{@code poll}, which read the front). Head starts go to
     * the back. Bounded: {@code offer} fails when full, and the pool then refuses the work.
     */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
        NewestFirst(int capacity) {
            super(capacity);
        }

        @Override
        public boolean offer(Runnable work) {
            return work instanceof HeadStart ? offerLast(work) : offerFirst(work);
        }
    }
}

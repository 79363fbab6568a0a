package dev.hotseat.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The one place tests wait on the clock. Tests poll for a condition with a deadline ({@link #until}); fakes that
 * stand for something slow (a model that answers late, a partner that thinks) {@link #pause}. Nothing else in the
 * tests calls {@code Thread.sleep}: a fixed sleep is either too short on a busy machine or wastes time on an idle
 * one.
 */
public final class Waiting {
    private static final Duration POLL = Duration.ofMillis(20);

    private Waiting() {
    }

    /** Checks {@code condition} until it holds, failing with {@code what} once {@code deadline} has passed. */
    public static void until(Duration deadline, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still waiting after " + deadline.toMillis() + " ms for " + what);
            }
            pause(POLL);
        }
    }

    /** Holds this thread for {@code duration}; an interrupt ends the pause early and is kept for the caller. */
    public static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

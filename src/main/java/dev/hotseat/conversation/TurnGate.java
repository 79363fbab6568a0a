package dev.hotseat.conversation;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bound on turns queued or running across the whole server. Past it, a new start or reply is refused at once
 * with {@link BusyException}: under overload a learner hears "busy, try again in 2 s" rather than waiting 20 s.
 */
public final class TurnGate {
    private final int capacity;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** A running average of how long a turn took, in milliseconds: the basis of the retry-after. */
    private final AtomicLong averageMillis = new AtomicLong(200);

    public TurnGate(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A turn gate needs room for at least one turn, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Takes a place, or throws {@link BusyException} when every place is taken. */
    public void enter() {
        int now = inFlight.incrementAndGet();
        if (now > capacity) {
            inFlight.decrementAndGet();
            throw new BusyException("The server is busy with " + capacity + " turns.", retryAfterSeconds());
        }
    }

    /** Gives the place back; {@code startNanos} is when the turn was taken. */
    public void leave(long startNanos) {
        inFlight.decrementAndGet();
        long took = (System.nanoTime() - startNanos) / 1_000_000;
        averageMillis.updateAndGet(avg -> (avg * 7 + took) / 8);
    }

    /** How many turns are queued or running now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Roughly when a place frees up: turns wait mostly on models, so about one average turn from now. At least
     * 1 s and at most 30 s, so a client neither hammers nor gives up.
     */
    int retryAfterSeconds() {
        long seconds = (averageMillis.get() + 999) / 1000;
        return (int) Math.max(1, Math.min(30, seconds));
    }
}

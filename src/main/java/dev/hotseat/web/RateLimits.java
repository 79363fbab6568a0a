package dev.hotseat.web;

import dev.hotseat.conversation.BusyException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kind of request, limited per client: a token bucket per remote address that holds {@code perMinute}
 * tokens and refills them evenly over a minute. Buckets live in memory, per node.
 */
final class RateLimits {
    /** Past this many clients, buckets that are full again (idle clients) are dropped, so memory stays bounded. */
    private static final int MAX_CLIENTS = 10_000;
    private final String what;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param perMinute requests per minute per client; 0 means no limit */
    RateLimits(String what, int perMinute) {
        this.what = what;
        this.perMinute = perMinute;
    }

    /** Takes one request's token for {@code client}, or throws {@link BusyException} saying when to come back. */
    void take(String client) {
        if (perMinute <= 0) {
            return;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new BusyException("Too many " + what + " from your address (at most " + perMinute + " a minute).",
                    (int) seconds);
        }
    }
}

package dev.hotseat.account;

import dev.hotseat.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Guests are cheap to make, so their making is bounded: per client address, a few a minute and a cap a day, and a
 * guest who never practised is forgotten after a day (a row and a sign-in each, which would otherwise pile up).
 */
public final class Guests {
    /** The defaults: enough for a class of browsers behind one school address; far too few to fill a disk. */
    static final int PER_MINUTE = 30;
    static final int PER_DAY = 1000;
    static final Duration UNUSED = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    private final PeopleSql sql;
    private final Clock clock;
    private final Limits limits;
    private final AtomicReference<Instant> pruned = new AtomicReference<>(Instant.EPOCH);

    /** New guests per client address: at most {@code perMinute} a minute and {@code perDay} a day (0: no limit). */
    public record Limits(int perMinute, int perDay) {
        public static final Limits DEFAULT = new Limits(PER_MINUTE, PER_DAY);
    }

    Guests(Database db, Clock clock, Limits limits) {
        this.sql = new PeopleSql(db);
        this.clock = clock;
        this.limits = limits;
    }

    /** Refuses a new guest from {@code address} (429 with when to try again) when it made too many lately. */
    void admit(String address) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        if (limits.perMinute() > 0 && count(address, now.minus(Duration.ofMinutes(1))) >= limits.perMinute()) {
            throw tooMany("a minute", 60);
        }
        if (limits.perDay() > 0 && count(address, now.minus(Duration.ofDays(1))) >= limits.perDay()) {
            throw tooMany("a day", 3600);
        }
    }

    /** Forgets guests made before {@code now - 1 day} who own no session, with their sign-ins; returns how many. */
    int prune(Instant now) {
        String before = now.minus(UNUSED).toString();
        String idle = "SELECT id FROM people p WHERE p.role = 'guest' AND p.created_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.owner = p.id)";
        return sql.write(c -> {
            PeopleStore.update(c, "DELETE FROM sign_ins WHERE person IN (" + idle + ")", before);
            return PeopleStore.update(c, "DELETE FROM people WHERE id IN (" + idle + ")", before);
        });
    }

    private void pruneNowAndThen(Instant now) {
        Instant last = pruned.get();
        if (last.plus(PRUNE_EVERY).isBefore(now) && pruned.compareAndSet(last, now)) {
            prune(now);
        }
    }

    private int count(String address, Instant since) {
        return sql.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM people WHERE role = 'guest'"
                    + " AND address = ? AND created_at > ?")) {
                s.setString(1, address);
                s.setString(2, since.toString());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static AccountException tooMany(String window, int retryAfter) {
        return new RetryLater("too-many-guests", "Too many new guests from this address in " + window + ": wait a"
                + " little and reload, or sign in.", retryAfter);
    }
}

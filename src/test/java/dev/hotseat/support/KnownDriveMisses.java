package dev.hotseat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shipped scenarios whose test-drive is known not to play as intended with the shipped reader
 * ({@code src/test/resources/known-drive-misses.txt}, with the reason for each). Tests compare the lint's verdicts
 * with this list both ways: a new miss fails them, and so does a listed scenario that plays again.
 */
public final class KnownDriveMisses {

    private KnownDriveMisses() {
    }

    /**
     * The scenarios of the frozen library ({@code src/test/resources/fixture-library}) whose test-drive does not play
     * as intended with the shipped reader: the shipped ledger on the day the library was frozen (2026-12-07). Tests
     * other than the shipped library's lint test compare with this, so a coach taking a scenario off the shipped
     * ledger fails only that one; a new reader that plays these differently fails both, as it should.
     */
    public static Set<String> fixtureLibrary() {
        return new TreeSet<>(Set.of("broadband-outage", "card-blocked-abroad", "estimated-bill", "laptop-return",
                "late-parcel", "lost-referral", "missed-connection", "roaming-charges"));
    }

    /** The shipped scenarios listed in {@code known-drive-misses.txt}: for the shipped library's lint test alone. */
    public static Set<String> ids() {
        try (var in = KnownDriveMisses.class.getResourceAsStream("/known-drive-misses.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-drive-misses.txt is missing from the test resources");
            }
            Set<String> ids = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip().split("\\s+", 2)[0]);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

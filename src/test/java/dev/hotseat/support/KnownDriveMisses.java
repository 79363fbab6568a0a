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

package dev.hotseat.support;

import dev.hotseat.ui.Axe;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Something a test needs from outside the JVM, and how to tell that it is missing. */
public enum Need {
    /** Debian's chromium and chromium-driver; {@code -Dhotseat.chromium=PATH} / {@code -Dhotseat.chromedriver=PATH} move them. */
    CHROMIUM {
        @Override
        Optional<String> missing(Function<String, Optional<String>> settings) {
            File browser = chromium(settings);
            File driver = chromedriver(settings);
            if (browser.canExecute() && driver.canExecute()) {
                return Optional.empty();
            }
            return Optional.of("Chromium not installed at " + browser + " / " + driver
                    + " (apt-get install chromium chromium-driver)");
        }
    },
    /** axe-core, installed from npm into target/a11y on first use. */
    AXE {
        @Override
        Optional<String> missing(Function<String, Optional<String>> settings) {
            return Axe.problem();
        }
    },
    /** PostgreSQL's server binaries (initdb, pg_ctl), on PATH or under /usr/lib/postgresql. */
    POSTGRESQL {
        @Override
        Optional<String> missing(Function<String, Optional<String>> settings) {
            return postgresBin(settings).isPresent() ? Optional.empty()
                    : Optional.of("PostgreSQL's initdb and pg_ctl not found on PATH or under /usr/lib/postgresql"
                            + " (apt-get install postgresql)");
        }
    };

    public static final String CHROMIUM_PATH = "hotseat.chromium";
    public static final String CHROMEDRIVER_PATH = "hotseat.chromedriver";
    public static final String POSTGRES_BIN = "hotseat.postgres.bin";

    /** Why this need is not met, or empty when it is. {@code settings} reads JUnit configuration parameters. */
    abstract Optional<String> missing(Function<String, Optional<String>> settings);

    /** The browser binary: the {@code hotseat.chromium} setting, else /usr/bin/chromium. */
    public static File chromium(Function<String, Optional<String>> settings) {
        return new File(settings.apply(CHROMIUM_PATH).orElse("/usr/bin/chromium"));
    }

    /** The driver binary: the {@code hotseat.chromedriver} setting, else /usr/bin/chromedriver. */
    public static File chromedriver(Function<String, Optional<String>> settings) {
        return new File(settings.apply(CHROMEDRIVER_PATH).orElse("/usr/bin/chromedriver"));
    }

    /** The folder holding initdb and pg_ctl: the {@code hotseat.postgres.bin} setting, PATH, or Debian's folder. */
    public static Optional<Path> postgresBin(Function<String, Optional<String>> settings) {
        Stream<Path> configured = settings.apply(POSTGRES_BIN).stream().map(Path::of);
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of);
        Stream<Path> debian;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            debian = versions.map(v -> v.resolve("bin")).sorted(java.util.Comparator.reverseOrder()).toList().stream();
        } catch (java.io.IOException e) {
            debian = Stream.empty();
        }
        Stream<Path> candidates = settings.apply(POSTGRES_BIN).isPresent() ? configured
                : Stream.concat(onPath, debian);
        return candidates.filter(dir -> Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl"))).findFirst();
    }
}

package dev.hotseat.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temp folder, a free port
 * on 127.0.0.1. Started once per test JVM by the first test that asks, stopped when the JVM ends; each test
 * gets a database of its own. PostgreSQL refuses to run as root, so as root the cluster runs as the
 * {@code postgres} OS user. Without the binaries the tests are skipped by name with the reason, except on CI
 * ({@code CI=true}), where they fail: there, {@code .ci/run} installs them.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String USER = "hotseat";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path dir;
    private final Path bin;
    private final int port;

    /** The server, or why there is none. */
    private record Started(Optional<PostgresServer> server, String whyNot) {
    }

    /** Started on first use; the holder idiom makes it once per JVM without locks. */
    private static final class Holder {
        static final Started STARTED = startOrExplain();
    }

    /** A fresh, empty database on the shared server: its JDBC URL. Skips (or on CI fails) without PostgreSQL. */
    public static String freshDatabase() {
        PostgresServer server = shared();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server.url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return server.url(name);
    }

    /** The server, or the test is skipped with the reason (failed on CI). */
    public static PostgresServer shared() {
        Optional<PostgresServer> server = Holder.STARTED.server();
        if (server.isEmpty()) {
            String reason = "PostgreSQL tests need a local PostgreSQL server: " + Holder.STARTED.whyNot();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true, so this fails instead of skipping; .ci/run installs postgresql)");
            }
            Assumptions.assumeTrue(false, reason);
        }
        return server.get();
    }

    /**
     * A cluster of the calling test's own, on a port of its own, which the test may {@link #pause} and
     * {@link #resume} (the shared one must stay up for every other test). Close it at the end.
     */
    public static PostgresServer own() {
        shared();
        try {
            return start(binaries().orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a PostgreSQL cluster: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh database on this cluster: its JDBC URL. */
    public String database(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}): every connection to it breaks. */
    public void pause() {
        ctl(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    }

    /** Starts it again on the same port, with the same data. */
    public void resume() {
        ctl(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-o", options(dir, port),
                "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"));
    }

    private static void ctl(List<String> command) {
        try {
            run(command, "root".equals(System.getProperty("user.name")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    private static Started startOrExplain() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            return new Started(Optional.empty(), "no initdb under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
        }
        try {
            PostgresServer server = start(bin.get());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-test-postgres"));
            return new Started(Optional.of(server), "");
        } catch (IOException | RuntimeException e) {
            return new Started(Optional.empty(), "starting it failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Started(Optional.empty(), "interrupted while starting it");
        }
    }

    /** The newest installed version's bin folder. */
    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString().replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("hotseat-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--no-sync", "--no-instructions"), root);
        int port = freePort();
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options(dir, port),
                "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"), root);
        return new PostgresServer(dir, bin, port);
    }

    // Durability is not what these tests check: no fsync makes the throwaway cluster start and write fast.
    private static String options(Path dir, int port) {
        return "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
    }

    private PostgresServer(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), "root".equals(System.getProperty("user.name")));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

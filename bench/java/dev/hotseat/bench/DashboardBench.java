package dev.hotseat.bench;

import dev.hotseat.conversation.Engines;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.review.Cohort;
import dev.hotseat.review.Cohort.Reply;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.PostgresServer;
import dev.hotseat.App;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The coach's dashboard over a big cohort: 10,000 sessions from 200 learners (seeded straight into SQLite,
 * 1-8 graded replies each, spread over 90 days, 4 groups), then {@code GET /api/coach/dashboard} over real
 * HTTP, unfiltered, by group and by date. Prints p50/p99 per kind and overall (goal: p99 < 300 ms), and the
 * first call on its own: it tallies every session's criteria once.
 * Args: [sessions] [learners] [requests per kind] [sqlite|postgresql]; postgresql starts a throwaway cluster
 * (support/PostgresServer) and runs the server and the seeding against a fresh database in it.
 */
public final class DashboardBench {
    private static final String TOKEN = "bench";

    public static void main(String[] args) throws Exception {
        String[] a = String.join(" ", args).replace("--", "").trim().split("\\s+");
        a = a.length == 1 && a[0].isEmpty() ? new String[0] : a;
        int sessions = a.length > 0 ? Integer.parseInt(a[0]) : 10_000;
        int learners = a.length > 1 ? Integer.parseInt(a[1]) : 200;
        int requests = a.length > 2 ? Integer.parseInt(a[2]) : 100;
        String store = a.length > 3 ? a[3] : "sqlite";
        String database = switch (store) {
            case "sqlite" -> "";
            case "postgresql" -> PostgresServer.freshDatabase();
            default -> throw new IllegalArgumentException("Unknown store '" + store + "': use sqlite or postgresql");
        };
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        PromptLibrary library = new FilePromptLibrary(root.resolve("prompts"));
        Path data = Files.createTempDirectory("hotseat-dashboard-bench");
        try (App server = App.start(TestServer.settings(data, "--coach-token", TOKEN, "--database", database), library,
                Engines.offline(new KeywordEvaluator(), new FakePartner()))) {
            long t0 = System.nanoTime();
            List<String> names = seed(database, data, library, sessions, learners);
            System.out.printf("Store: %s. Seeded %d sessions from %d learners in %.1f s%n", store, sessions, learners, (System.nanoTime() - t0) / 1e9);
            String base = "http://localhost:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            for (int g = 0; g < 4; g++) {
                String members = String.join("\",\"", names.subList(g * names.size() / 4, (g + 1) * names.size() / 4));
                send(http, HttpRequest.newBuilder(URI.create(base + "/api/coach/groups/team-" + g))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"learners\":[\"" + members + "\"]}")));
            }
            long first = System.nanoTime();
            HttpResponse<String> firstAnswer = get(http, base + "/api/coach/dashboard");
            System.out.printf("First call (tallies every session once): %.0f ms, %d KB of JSON%n",
                    (System.nanoTime() - first) / 1e6, firstAnswer.body().length() / 1024);
            List<Long> all = new ArrayList<>();
            String[][] kinds = {{"everyone", ""}, {"one group", "?group=team-1"}, {"last 30 days", "?from=2026-10-29"}};
            for (int i = 0; i < 10; i++) {
                get(http, base + "/api/coach/dashboard");
            }
            long cpuBefore = cpuNanos();
            for (String[] kind : kinds) {
                long[] micros = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    get(http, base + "/api/coach/dashboard" + kind[1]);
                    micros[i] = (System.nanoTime() - start) / 1_000;
                    all.add(micros[i]);
                }
                TurnBench.report("  " + kind[0], micros);
            }
            long cpu = cpuNanos() - cpuBefore;
            TurnBench.report("DashboardBench: all " + all.size() + " requests (goal: p99 < 300 ms)",
                    all.stream().mapToLong(Long::longValue).toArray());
            // Wall time on a shared machine is mostly waiting for a core; the CPU spent is what one request costs.
            System.out.printf("  CPU per request (server and client, one JVM): %.1f ms%n", cpu / 1e6 / all.size());
            System.out.println("Load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    private static List<String> seed(String database, Path data, PromptLibrary library, int sessions, int learners) throws Exception {
        Random random = new Random(12);
        List<String> scenarios = library.scenarios().stream().map(Scenario::id).toList();
        String[] outcomes = {"resolved", "resolved", "walked-out", "ended", null};
        List<String> names = new ArrayList<>();
        try (Cohort cohort = Cohort.open(database, data)) {
            List<String> ids = new ArrayList<>();
            for (int l = 0; l < learners; l++) {
                names.add("learner-" + l);
                ids.add(cohort.learner("learner-" + l));
            }
            Instant start = Instant.parse("2026-09-01T08:00:00Z");
            for (int s = 0; s < sessions; s++) {
                Reply[] replies = new Reply[1 + random.nextInt(8)];
                for (int r = 0; r < replies.length; r++) {
                    List<String> shown = new ArrayList<>();
                    for (String c : List.of("apology", "empathy", "followup", "blame")) {
                        if (random.nextDouble() < (c.equals("blame") ? 0.15 : 0.5)) {
                            shown.add(c);
                        }
                    }
                    replies[r] = Reply.of(random.nextInt(101), shown.toArray(String[]::new));
                }
                cohort.session(ids.get(s % learners), scenarios.get(random.nextInt(scenarios.size())),
                        random.nextInt(5) == 0 ? "exam" : "practice",
                        start.plusSeconds(random.nextInt(90 * 24 * 3600)), outcomes[random.nextInt(outcomes.length)], replies);
                if (s % 1000 == 999) {
                    cohort.flush();
                }
            }
            cohort.flush();
        }
        return names;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }
}

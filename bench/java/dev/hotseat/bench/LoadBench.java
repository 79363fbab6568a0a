package dev.hotseat.bench;

import dev.hotseat.support.PostgresServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many chats at once against a real Hotseat process on 127.0.0.1 (offline engines, shipped prompts), on SQLite
 * or on a throwaway PostgreSQL. For each store, each number of chats and each pacing it prints turns/s, turn
 * latency (reply sent to grade and whole persona line received) p50/p99/max, errors by code, the server's peak
 * RSS, and the evaluator's share of a turn's server time (from /metrics). Then the server's memory per idle chat.
 *
 * <p>Human pacing: each learner replies 10-20 s after the persona's line. Stress pacing: 0.5-2 s. A chat whose
 * session ends starts another. Bounded: at most {@code --max-chats} sockets, each run lasts ramp + warm-up +
 * {@code seconds}, a turn not answered in 30 s counts as an error, and the server is stopped after each run.
 *
 * <p>Args (one string): {@code [stores=sqlite,postgresql] [seconds=30] [chats=100,500,2000] [pacings=human,stress]
 * [idle=2000] [repeat]}, e.g. {@code -Dbench.args="sqlite 20 100,500 stress 0"}.
 *
 * <p>Replies: by default every reply of a run is new text ({@link UniqueReplies}, one seeded stream shared by all the
 * chats of a run), as real learners' are; "repeat" (a flag, anywhere in the args) has each chat cycle through the
 * old fixed list of seven, which the evaluator soon knows by heart, to compare. The headline says which.
 */
public final class LoadBench {
    /** The old fixed list, for "repeat". */
    private static final List<String> REPLIES = List.of(
            "I'm really sorry about this, that sounds so frustrating.",
            "So your order hasn't arrived and you needed it by Friday, is that right?",
            "Can you tell me what the tracking page shows right now?",
            "I'll take care of this myself and call you back tomorrow to confirm it's sorted.",
            "Would a replacement sent by express, or a full refund, work better for you?",
            "That's our policy, you'll have to check the website.",
            "I can refund the shipping today and send a new one by express at no cost.");
    private static final long TURN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final Pattern CODE = Pattern.compile("\"code\":\"([a-z-]+)\"");

    public static void main(String[] args) throws Exception {
        String[] a = String.join(" ", args).replace("--", "").trim().split("\\s+");
        a = a.length == 1 && a[0].isEmpty() ? new String[0] : a;
        // "repeat" is a flag, not a position: the other arguments keep their places.
        boolean repeat = Arrays.asList(a).contains("repeat");
        a = Arrays.stream(a).filter(arg -> !arg.equals("repeat")).toArray(String[]::new);
        List<String> stores = List.of((a.length > 0 ? a[0] : "sqlite,postgresql").split(","));
        int seconds = a.length > 1 ? Integer.parseInt(a[1]) : 30;
        int[] sizes = Arrays.stream((a.length > 2 ? a[2] : "100,500,2000").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> pacings = List.of((a.length > 3 ? a[3] : "human,stress").split(","));
        int idle = a.length > 4 ? Integer.parseInt(a[4]) : 2000;
        Path root = Path.of(System.getProperty("hotseat.root", "."));

        String replies = UniqueReplies.describe(repeat, REPLIES.size());
        System.out.printf("LoadBench: %s, %d cores, load average at start %s%n", replies,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        List<String> rows = new ArrayList<>();
        for (String store : stores) {
            for (String pacing : pacings) {
                for (int chats : sizes) {
                    try (Server server = Server.start(root, store)) {
                        Result r = new Load(server, chats, pacing, seconds, repeat).run();
                        String row = r.row(store, chats, pacing, server.peakRssMb());
                        System.out.println(row);
                        rows.add(row);
                    }
                }
            }
            if (idle > 0) {
                try (Server server = Server.start(root, store)) {
                    System.out.println(idleMemory(server, idle, store));
                }
            }
        }
        System.out.println();
        System.out.println("LoadBench, " + replies + ", load average at the end " + loadAverage() + ":");
        System.out.println("| store | chats | pacing | turns/s | p50 ms | p99 ms | max ms | errors | server RSS peak MB "
                + "| evaluator share | server CPU ms/turn | client CPU ms/turn | load avg |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    /** RSS of a server holding {@code chats} started sessions with no turns running, against one holding 10. */
    private static String idleMemory(Server server, int chats, String store) throws Exception {
        Load warm = new Load(server, 10, "idle", 0, false);
        warm.connectAll(Duration.ofSeconds(2));
        warm.awaitOpenings(Duration.ofSeconds(30));
        server.gc();
        long before = server.rssKb();
        Load many = new Load(server, chats, "idle", 0, false);
        many.connectAll(Duration.ofSeconds(Math.max(2, chats / 200)));
        many.awaitOpenings(Duration.ofSeconds(60));
        server.gc();
        long after = server.rssKb();
        String line = String.format(Locale.ROOT, "idle (%s): %d chats connected with a session each: server RSS %d MB -> %d MB, "
                        + "%.1f KB per idle chat (%d of %d opened; load avg %s)", store, chats, before / 1024, after / 1024,
                (after - before) / (double) chats, many.opened.get(), chats, loadAverage());
        warm.closeAll();
        many.closeAll();
        return line;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** What one run measured. */
    record Result(double turnsPerSecond, long[] micros, Map<String, Integer> errors, double evaluatorShare,
                  double cpuMillisPerTurn, double clientCpuMillisPerTurn, String load) {
        String row(String store, int chats, String pacing, long rssMb) {
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
            return String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %d%s | %d | %.0f %% | %.1f | %.1f | %s |",
                    store, chats, pacing, turnsPerSecond, at(sorted, 0.50), at(sorted, 0.99),
                    sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0,
                    errorCount, errorCount == 0 ? "" : " " + errors, rssMb, evaluatorShare * 100, cpuMillisPerTurn,
                    clientCpuMillisPerTurn, load);
        }

        private static double at(long[] sorted, double q) {
            return sorted.length == 0 ? 0.0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
        }
    }

    /** A Hotseat process: java dev.hotseat.Main on a free port, offline engines, a fresh data folder. */
    static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;
        private final AtomicLong peakRssKb = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
            sampler.scheduleAtFixedRate(() -> peakRssKb.accumulateAndGet(rssKb(), Math::max), 0, 500, TimeUnit.MILLISECONDS);
        }

        static Server start(Path root, String store) throws Exception {
            Path data = Files.createTempDirectory("hotseat-load");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main",
                    "--port", "0", "--data", data.toString(), "--prompts", root.resolve("prompts").toString(),
                    "--web", root.resolve("web").toString(), "--coach-token", "bench",
                    // Every chat comes from 127.0.0.1: the per-address limits meant for abuse would refuse the load.
                    "--start-rate", "0", "--evaluate-rate", "0", "--login-rate", "0"));
            if (store.equals("postgresql")) {
                command.addAll(List.of("--database", PostgresServer.freshDatabase()));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        Matcher m = Pattern.compile("Listening on http://[^:]+:(\\d+)").matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        } else if (!port.isDone() || line.contains("WARN")) {
                            System.out.println("  [server] " + line);
                        } else if (line.contains("Exception:") && !line.startsWith("\t") && seen.add(line.replaceAll("[0-9a-f-]{8,}", "…"))) {
                            // each distinct failure once, not one line per failing turn
                            System.out.println("  [server] " + line);
                        }
                    }
                } catch (IOException ignored) {
                    // the server stopped
                }
                port.completeExceptionally(new IllegalStateException("the server stopped before listening"));
            });
            return new Server(process, port.get(90, TimeUnit.SECONDS));
        }

        long rssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process is gone
            }
            return 0;
        }

        /** CPU time the server process has used so far (user + system), from /proc. */
        long cpuMillis() {
            return cpuMillis(process.pid());
        }

        static long cpuMillis(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        long peakRssMb() {
            return peakRssKb.get() / 1024;
        }

        /** Asks the server's JVM for a full collection, so RSS readings compare live data, not garbage. */
        void gc() throws Exception {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "GC.run").redirectErrorStream(true).start();
            jcmd.getInputStream().readAllBytes();
            jcmd.waitFor(30, TimeUnit.SECONDS);
        }

        /** The server's /metrics, which answers coaches only (the server runs with {@code --coach-token bench}). */
        String metrics() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("Authorization", "Bearer bench").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                // Without this the CPU per turn and the evaluator's share silently came out as nonsense.
                throw new IllegalStateException("/metrics answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        }

        @Override
        public void close() throws Exception {
            sampler.shutdownNow();
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** N chats, each a socket of its own on one shared client, driven by one scheduler. */
    static final class Load {
        private final Server server;
        private final int chats;
        private final String pacing;
        private final int seconds;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        private final List<Chat> all = new ArrayList<>();
        private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        private final Map<String, Integer> errors = new ConcurrentHashMap<>();
        private final AtomicInteger opened = new AtomicInteger();
        private volatile long windowStart = Long.MAX_VALUE;
        private volatile long windowEnd = Long.MAX_VALUE;
        /** Null when each chat cycles through the fixed list ("repeat"). */
        private final UniqueReplies unique;

        Load(Server server, int chats, String pacing, int seconds, boolean repeat) {
            this.server = server;
            this.chats = chats;
            this.pacing = pacing;
            this.seconds = seconds;
            // A fresh stream per run: the server is fresh too, and the same seed gives each run the same texts.
            this.unique = repeat ? null : UniqueReplies.unique("late-parcel", UniqueReplies.SEED);
        }

        Result run() throws Exception {
            Duration ramp = Duration.ofMillis(Math.max(1000, chats * 5L));
            connectAll(ramp);
            // Warm-up: let every chat get going (the first replies are spread over one think time).
            Thread.sleep(pacing.equals("human") ? 10_000 : 3_000);
            String before = server.metrics();
            long cpuBefore = server.cpuMillis();
            long clientCpuBefore = Server.cpuMillis(ProcessHandle.current().pid());
            windowStart = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            windowEnd = System.nanoTime();
            long cpu = server.cpuMillis() - cpuBefore;
            long clientCpu = Server.cpuMillis(ProcessHandle.current().pid()) - clientCpuBefore;
            String metrics = server.metrics();
            double share = (sum(metrics, "hotseat_evaluator_seconds_sum") - sum(before, "hotseat_evaluator_seconds_sum"))
                    / Math.max(1e-9, sum(metrics, "hotseat_turn_seconds_sum") - sum(before, "hotseat_turn_seconds_sum"));
            double serverTurns = sum(metrics, "hotseat_turn_seconds_count") - sum(before, "hotseat_turn_seconds_count");
            double cpuPerTurn = cpu / Math.max(1.0, serverTurns);
            double clientCpuPerTurn = clientCpu / Math.max(1.0, serverTurns);
            String load = loadAverage();
            // Turns sent inside the window may finish after it: give them until the turn timeout.
            long drainUntil = System.nanoTime() + TURN_TIMEOUT_NANOS;
            while (System.nanoTime() < drainUntil && all.stream().anyMatch(c -> c.inWindowPending())) {
                Thread.sleep(100);
            }
            all.forEach(c -> c.timeoutIfPending());
            Map<String, Integer> seen = Map.copyOf(errors);
            closeAll();
            long[] measured = micros.stream().mapToLong(Long::longValue).toArray();
            return new Result(measured.length / (double) seconds, measured, seen, share, cpuPerTurn, clientCpuPerTurn, load);
        }

        void connectAll(Duration over) throws InterruptedException {
            long gapNanos = over.toNanos() / Math.max(1, chats);
            for (int i = 0; i < chats; i++) {
                Chat chat = new Chat();
                all.add(chat);
                http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                        .buildAsync(URI.create("ws://127.0.0.1:" + server.port + "/ws/chat"), chat)
                        .whenComplete((ws, failure) -> {
                            if (failure != null) {
                                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                                error("connect-failed-" + cause.getClass().getSimpleName());
                            }
                        });
                TimeUnit.NANOSECONDS.sleep(gapNanos);
            }
        }

        void awaitOpenings(Duration within) throws InterruptedException {
            long until = System.nanoTime() + within.toNanos();
            while (opened.get() < chats && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        }

        void closeAll() {
            clock.shutdownNow();
            for (Chat chat : all) {
                WebSocket ws = chat.socket;
                if (ws != null) {
                    ws.abort();
                }
            }
        }

        private void error(String code) {
            errors.merge(code, 1, Integer::sum);
        }

        private static double sum(String metrics, String series) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
            return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
        }

        private long think() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return pacing.equals("human") ? random.nextLong(10_000, 20_001) : random.nextLong(500, 2_001);
        }

        /** One learner: start, wait for the opening, reply after thinking, wait for grade and line, repeat. */
        final class Chat implements WebSocket.Listener {
            private final StringBuilder partial = new StringBuilder();
            private volatile WebSocket socket;
            private long sentAt;
            private boolean awaiting;
            private boolean graded;
            private boolean answered;
            private boolean opening;
            private boolean ended;
            private int replies = ThreadLocalRandom.current().nextInt(REPLIES.size());

            @Override
            public void onOpen(WebSocket webSocket) {
                socket = webSocket;
                start();
                webSocket.request(1);
            }

            private void start() {
                synchronized (this) {
                    opening = true;
                    ended = false;
                }
                socket.sendText("{\"type\":\"start\",\"scenario\":\"late-parcel\",\"mode\":\"practice\"}", true);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    handle(text);
                }
                webSocket.request(1);
                return null;
            }

            private void handle(String text) {
                if (text.contains("\"type\":\"partner.delta\"")) {
                    return;
                }
                boolean turnDone = false;
                boolean firstReply = false;
                synchronized (this) {
                    if (text.contains("\"type\":\"partner\"")) {
                        if (opening) {
                            opening = false;
                            firstReply = true;
                        } else if (awaiting) {
                            answered = true;
                            turnDone = graded;
                        }
                    } else if (text.contains("\"type\":\"grade\"")) {
                        if (awaiting) {
                            graded = true;
                            turnDone = answered;
                        }
                    } else if (text.contains("\"type\":\"ended\"")) {
                        ended = true;
                    } else if (text.contains("\"type\":\"error\"")) {
                        Matcher m = CODE.matcher(text);
                        String code = m.find() ? m.group(1) : "unknown";
                        if (code.equals("session-ended")) {
                            awaiting = false;
                            ended = true;
                            schedule(0);
                            return;
                        }
                        error(code);
                        if (awaiting) {
                            awaiting = false;
                            schedule(think());
                        }
                        return;
                    }
                    if (turnDone) {
                        awaiting = false;
                        if (sentAt >= windowStart && sentAt < windowEnd) {
                            micros.add((System.nanoTime() - sentAt) / 1_000);
                        }
                    }
                }
                if (firstReply) {
                    opened.incrementAndGet();
                    if (!pacing.equals("idle")) {
                        // The first reply comes at a random point of one think time, so chats do not march in step.
                        schedule(ThreadLocalRandom.current().nextLong(think() + 1));
                    }
                } else if (turnDone) {
                    schedule(think());
                }
            }

            private void schedule(long millis) {
                try {
                    clock.schedule(this::act, millis, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    // the run is over
                }
            }

            private void act() {
                boolean restart;
                String text;
                synchronized (this) {
                    restart = ended;
                    text = unique != null ? unique.next() : REPLIES.get(replies++ % REPLIES.size());
                    if (!restart) {
                        awaiting = true;
                        graded = false;
                        answered = false;
                        sentAt = System.nanoTime();
                    }
                }
                if (restart) {
                    start();
                } else {
                    socket.sendText("{\"type\":\"reply\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                            + "\"}", true);
                }
            }

            synchronized boolean inWindowPending() {
                return awaiting && sentAt >= windowStart && sentAt < windowEnd;
            }

            synchronized void timeoutIfPending() {
                if (inWindowPending()) {
                    error("no-answer-in-30s");
                }
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                error("closed-" + statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                error("socket-" + error.getClass().getSimpleName());
            }
        }
    }
}

package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.App;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * One offline turn, end to end: a reply goes in on a real socket, its grade and the persona's whole line come
 * out. Real server, offline engines, SQLite in a temp folder; new sessions are started as sessions end.
 * Args: [turns] [warmup] [scenario id] [fake] [repeat]; with "fake", hand-written engines show the server's own
 * share. Each reply is new text ({@link UniqueReplies}: never the same reply twice in a run, warm-up included), as
 * a learner's would be; "repeat" (anywhere in the args) cycles through the old fixed list of eight instead, which
 * the evaluator soon knows by heart, to compare. E.g. {@code -Dbench.args="1000 200 late-parcel repeat"}.
 */
public final class TurnBench {
    /** The old fixed list, for "repeat". */
    private static final List<String> REPLIES = List.of(
            "I'm really sorry about this, that sounds so frustrating.",
            "So your order hasn't arrived and you needed it by Friday, is that right?",
            "Can you tell me what the tracking page shows right now?",
            "That's our policy, you'll have to check the website.",
            "I'll take care of this myself and call you back tomorrow to confirm it's sorted.",
            "Would a replacement sent by express, or a full refund, work better for you?",
            "Calm down, it's not my fault the courier lost it.",
            "I can refund the shipping today and send a new one by express at no cost.");

    public static void main(String[] args) throws Exception {
        // bench.args arrives as one string ("--" when empty): split it on spaces.
        String[] a = String.join(" ", args).replace("--", "").trim().split("\\s+");
        a = a.length == 1 && a[0].isEmpty() ? new String[0] : a;
        // "repeat" is a flag, not a position: the other arguments keep their places.
        boolean repeat = Arrays.asList(a).contains("repeat");
        a = Arrays.stream(a).filter(arg -> !arg.equals("repeat")).toArray(String[]::new);
        int turns = a.length > 0 ? Integer.parseInt(a[0]) : 1000;
        int warmup = a.length > 1 ? Integer.parseInt(a[1]) : 200;
        // "fake" engines (keyword grader, echoing persona) measure what the server itself adds to a turn.
        boolean fake = a.length > 3 && a[3].equals("fake");
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        PromptLibrary library = fake ? new FakeLibrary() : new FilePromptLibrary(root.resolve("prompts"));
        // The replies below are about a late parcel, so that scenario is the default when it exists.
        String scenario = a.length > 2 ? a[2] : library.scenarios().stream()
                .filter(s -> s.mode() == Mode.CUSTOMER).map(Scenario::id)
                .reduce((first, next) -> first.equals("late-parcel") ? first : next.equals("late-parcel") ? next : first)
                .orElseThrow();
        Engines real = fake ? Engines.offline(new KeywordEvaluator(), new FakePartner())
                : Engines.offline(RubricEvaluator.create(library), new ScriptedPartner(new ScenarioDirector()));
        // Time each engine inside the turn, to show where a turn's time goes.
        Queue<Long> grading = new ConcurrentLinkedQueue<>();
        Queue<Long> speaking = new ConcurrentLinkedQueue<>();
        Engines engines = Engines.offline(exchange -> timed(grading, () -> real.findings().grade(exchange)),
                (request, onDelta) -> timed(speaking, () -> real.partner().reply(request, onDelta)));
        Path data = Files.createTempDirectory("hotseat-bench");
        try (App server = App.start(TestServer.settings(data, "--coach-token", "bench"), library, engines);
             // As a browser does: a guest cookie first, so the socket's identity comes from the sign-in table.
             ChatClient chat = ChatClient.connect(server.port(), guestCookie(server.port()))) {
            System.out.println("TurnBench: load average at start " + LoadBench.loadAverage());
            // One stream for warm-up and measurement, so no measured reply was met in the warm-up either.
            UniqueReplies replies = UniqueReplies.of(repeat, scenario, REPLIES);
            run(chat, scenario, warmup, replies);
            grading.clear();
            speaking.clear();
            long[] micros = run(chat, scenario, turns, replies);
            report("TurnBench: " + micros.length + (fake ? " fake-engine" : " offline") + " turns on one socket, scenario "
                    + scenario + ", " + replies.describe() + ", load average at the end " + LoadBench.loadAverage()
                    + " (goal: p99 < 25 ms)", micros);
            report("  inside it, the evaluator", grading.stream().mapToLong(Long::longValue).toArray());
            report("  inside it, the persona (with streaming its words)", speaking.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private static String guestCookie(int port) throws Exception {
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/me")).build(), HttpResponse.BodyHandlers.ofString());
        String header = me.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    private static <T> T timed(Queue<Long> into, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            into.add((System.nanoTime() - t0) / 1_000);
        }
    }

    /** Plays {@code turns} measured turns; returns each one's time in microseconds. */
    private static long[] run(ChatClient chat, String scenario, int turns, UniqueReplies replies) {
        long[] micros = new long[turns];
        int done = 0;
        int sessions = 0;
        chat.start(scenario, "practice");
        while (done < turns) {
            String text = replies.next();
            long t0 = System.nanoTime();
            chat.reply(text);
            if (awaitTurn(chat)) {
                micros[done++] = (System.nanoTime() - t0) / 1_000;
            } else {
                chat.start(scenario, "practice");
                sessions++;
            }
        }
        System.out.printf("(%d sessions ended along the way)%n", sessions);
        return micros;
    }

    /** True when a grade and a whole partner line came back; false when the session had ended. */
    private static boolean awaitTurn(ChatClient chat) {
        boolean graded = false;
        boolean answered = false;
        while (!(graded && answered)) {
            JsonNode m = chat.next();
            switch (m.path("type").asText()) {
                case "grade" -> graded = true;
                case "partner" -> answered = true;
                case "error" -> {
                    if (m.path("code").asText().equals("session-ended")) {
                        return false;
                    }
                    throw new IllegalStateException("Unexpected error: " + m);
                }
                default -> { }
            }
        }
        return true;
    }

    static void report(String title, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.println(title);
        System.out.printf("  p50 %.2f ms   p99 %.2f ms   max %.2f ms%n",
                at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1];
    }
}

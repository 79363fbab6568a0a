package dev.hotseat.bench;

import dev.hotseat.conversation.Engines;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.LlmEvaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.LanguageModels;
import dev.hotseat.partner.LlmPartner;
import dev.hotseat.partner.ModelSettings;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.partner.StreamProbe;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import dev.hotseat.testing.LlmFixtures;
import dev.hotseat.testing.LlmFixtures.FixedDirector;
import dev.hotseat.testing.LlmFixtures.FixedEvaluator;
import dev.hotseat.testing.LlmFixtures.TestLibrary;
import dev.hotseat.App;
import dev.hotseat.support.TestServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Language-model plumbing costs, against the fake model server (real HTTP, real LangChain4j clients):
 * (a) the delay a streamed token picks up between the server writing it and the persona's onDelta callback;
 * (b) 200 sessions at once, each a persona line and a judge grade, against a model that takes 1 s to answer.
 * Run: mvn -B -q -Pbench test-compile exec:exec -Dbench=LlmBench [-Dbench.args="tokens sessions"]
 */
public final class LlmBench {

    public static void main(String[] args) throws Exception {
        // bench.args arrives as one string ("3000 200"), or as "--" when not given.
        List<String> numbers = Arrays.stream(String.join(" ", args).trim().split("\\s+"))
                .filter(a -> a.matches("\\d+")).toList();
        int tokens = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 3000;
        int sessions = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 200;
        tokenOverhead(tokens);
        throughTheSocket(tokens);
        concurrentSessions(sessions);
    }

    private static ModelSettings settings(FakeModelServer server) {
        return new ModelSettings(ModelSettings.Provider.OPENAI, server.baseUrl(), "fake-model", "key",
                Duration.ofSeconds(5), Duration.ofSeconds(30), 0, Duration.ofSeconds(10), Duration.ofMillis(100));
    }

    private static PartnerRequest request() {
        return new PartnerRequest(LlmFixtures.lateParcel(), List.of(
                Turn.partner(0, "Where is my order?", Mood.of(70), "opening"),
                Turn.learner(1, "I'm sorry. When do you need it by?")), null, Mood.of(70));
    }

    /** (a) Chunks carry the server's send time; the callback subtracts it from its own clock. */
    private static void tokenOverhead(int tokens) {
        String[] chunks = new String[tokens];
        Arrays.fill(chunks, "t" + FakeModelServer.NOW + " ");
        try (FakeModelServer server = FakeModelServer.openAi()) {
            server.always(Answer.text(chunks).every(Duration.ofMillis(1)));
            LlmPartner partner = new LlmPartner(new LanguageModels(settings(server)), FixedDirector.pushback(),
                    new TestLibrary());
            partner.reply(request(), delta -> { });   // warm-up: class loading, JIT, connection
            long[] micros = new long[tokens];
            int[] count = {0};
            partner.reply(request(), delta -> {
                long now = System.nanoTime();
                for (String word : delta.trim().split(" ")) {
                    micros[count[0]++] = (now - Long.parseLong(word.substring(1))) / 1_000;
                }
            });
            Arrays.sort(micros, 0, count[0]);
            System.out.printf("(a1) token latency, fake server writes chunk -> onDelta (loopback HTTP, LangChain4j SSE "
                            + "parsing, Hotseat), %d tokens at 1 ms pace: p50 %d us, p99 %d us, max %d us%n",
                    count[0], pct(micros, count[0], 50), pct(micros, count[0], 99), micros[count[0] - 1]);
            long[] added = new long[tokens];
            int[] n = {0};
            StreamProbe.run(settings(server), nanos -> added[n[0]++] = nanos / 1_000);
            Arrays.sort(added, 0, n[0]);
            System.out.printf("(a2) overhead Hotseat adds, LangChain4j hands over a token -> onDelta (character guard "
                            + "and forwarding on the client thread), %d tokens: p50 %d us, p99 %d us, max %d us (goal p99 < 1000 us)%n",
                    n[0], pct(added, n[0], 50), pct(added, n[0], 99), added[n[0] - 1]);
        }
    }

    /** (a3) The whole path on the real server: chunk written by the model -> partner.delta frame at the browser. */
    private static void throughTheSocket(int tokens) throws Exception {
        String[] chunks = new String[tokens];
        Arrays.fill(chunks, "t" + FakeModelServer.NOW + " ");
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        PromptLibrary library = new FilePromptLibrary(root.resolve("prompts"));
        Path data = Files.createTempDirectory("hotseat-llmbench");
        try (FakeModelServer model = FakeModelServer.openAi().always(Answer.text(chunks).every(Duration.ofMillis(1)))) {
            Engines engines = new Engines(RubricEvaluator.create(library), Optional.empty(),
                    new LlmPartner(new LanguageModels(settings(model)), new ScenarioDirector(), library),
                    new ScriptedPartner(new ScenarioDirector()));
            try (App server = App.start(TestServer.settings(data, "--coach-token", "bench"), library, engines)) {
                String scenario = library.scenarios().stream().filter(s -> s.mode() == Mode.CUSTOMER)
                        .map(Scenario::id).findFirst().orElseThrow();
                DeltaClock.open(server.port(), scenario, tokens);   // warm-up
                long[] micros = DeltaClock.open(server.port(), scenario, tokens);
                Arrays.sort(micros);
                System.out.printf("(a3) token latency on the real server, model writes chunk -> partner.delta frame "
                                + "received by a WebSocket client, %d tokens: p50 %d us, p99 %d us, max %d us%n",
                        micros.length, pct(micros, micros.length, 50), pct(micros, micros.length, 99),
                        micros[micros.length - 1]);
            }
        }
    }

    /** (b) Every session runs the persona and the judge at once, as the turn pipeline does. */
    private static void concurrentSessions(int sessions) throws Exception {
        try (FakeModelServer persona = FakeModelServer.openAi(); FakeModelServer judge = FakeModelServer.openAi()) {
            persona.always(Answer.text(LlmFixtures.tokens("Fine. Saturday. Can you get it here by then?"))
                    .after(Duration.ofSeconds(1)));
            judge.always(Answer.text(judgeJson()).after(Duration.ofSeconds(1)));
            LlmPartner partner = new LlmPartner(new LanguageModels(settings(persona)), FixedDirector.pushback(),
                    new TestLibrary());
            LlmEvaluator evaluator = new LlmEvaluator(new LanguageModels(settings(judge)).judge(),
                    new FixedEvaluator(LlmFixtures.offlineGrade(Map.of("apology", "I'm sorry"), false)), new TestLibrary());
            runSessions(partner, evaluator, 5);   // warm-up
            int platformBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            ManagementFactory.getThreadMXBean().resetPeakThreadCount();
            long start = System.nanoTime();
            long[] millis = runSessions(partner, evaluator, sessions);
            long wall = (System.nanoTime() - start) / 1_000_000;
            Arrays.sort(millis);
            long failed = Arrays.stream(millis).filter(m -> m < 0).count();
            System.out.printf("(b) %d concurrent sessions (persona + judge each, model latency 1 s): wall %d ms, "
                            + "per session p50 %d ms, p99 %d ms, max %d ms, failed %d, "
                            + "platform threads %d before, peak %d%n",
                    sessions, wall, pct(millis, sessions, 50), pct(millis, sessions, 99), millis[sessions - 1], failed,
                    platformBefore, ManagementFactory.getThreadMXBean().getPeakThreadCount());
        }
    }

    /** Elapsed ms per session, or -1 for a session that failed. */
    private static long[] runSessions(LlmPartner partner, LlmEvaluator evaluator, int sessions) throws Exception {
        Exchange exchange = new Exchange(Mode.CUSTOMER, "Where is my order?", "I'm sorry. When do you need it by?",
                LlmFixtures.lateParcel());
        List<Future<Long>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                results.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    try (ExecutorService turn = Executors.newVirtualThreadPerTaskExecutor()) {
                        Future<Grade> grade = turn.submit(() -> evaluator.grade(exchange));
                        PartnerLine line = partner.reply(request(), delta -> { });
                        return grade.get().source().equals("llm") && !line.text().isEmpty()
                                ? (System.nanoTime() - start) / 1_000_000 : -1L;
                    } catch (Exception e) {
                        System.out.println("session failed: " + e.getMessage());
                        return -1L;
                    }
                }));
            }
        }
        long[] millis = new long[sessions];
        for (int i = 0; i < sessions; i++) {
            millis[i] = results.get(i).get();
        }
        return millis;
    }

    private static String judgeJson() {
        return "{\"criteria\":[{\"id\":\"apology\",\"detected\":true,\"evidence\":\"I'm sorry\",\"reason\":\"r\","
                + "\"tip\":\"t\"}],\"summary\":\"s\",\"rewrite\":\"w\",\"addressed_to_grader\":false}";
    }

    private static long pct(long[] sorted, int n, int percentile) {
        return sorted[Math.min(n - 1, (int) Math.ceil(percentile / 100.0 * n) - 1)];
    }
}

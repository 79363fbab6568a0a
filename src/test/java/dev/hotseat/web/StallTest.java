package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import dev.hotseat.support.FixturePrompts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No reply can stall the server (issue 22, item 2): the 4 KB reply of "a" and 1,999 combining accents, which
 * once cost the real evaluator 15-27 s of CPU, and ten others of its kind each get a grade or a refusal within
 * 1 s, in a chat and over {@code POST /api/evaluate}, while {@code /health}, polled all along, keeps answering.
 * Margins are for a loaded 2-core machine: the evaluator grades each of these in 5-200 ms when the machine is
 * idle, and the grading deadline (750 ms) turns anything slower into a refusal.
 */
@Timeout(180)
class StallTest {
    /** The bound on a grade or refusal. */
    private static final long ANSWER_MS = 1_000;
    /** The bound on a health check, which the median must keep; single checks get GC and scheduler slack. */
    private static final long HEALTH_MS = 100;
    private static final long HEALTH_WORST_MS = 400;

    @TempDir
    static Path data;
    private static TestServer hotseat;

    static Map<String, String> replies() {
        Map<String, String> replies = new LinkedHashMap<>();
        replies.put("a and 1,999 combining accents (4 KB)", "a" + "\u0300".repeat(1999));
        replies.put("words each with nine accents", ("a" + "\u0301".repeat(9) + " ").repeat(200));
        replies.put("2,000 times a", "a".repeat(2000));
        replies.put("a and a space, 1,000 times", "a ".repeat(1000));
        replies.put("2,000 dots", ".".repeat(2000));
        replies.put("1,000 brackets nested", "(".repeat(1000) + ")".repeat(1000));
        replies.put("brackets of three kinds nested", "[{(".repeat(333) + ")}]".repeat(333));
        replies.put("one 2,000-character word", "sorry".repeat(400));
        replies.put("sorry 333 times", "sorry ".repeat(333));
        replies.put("zero-width joiners", "a\u200d".repeat(1000));
        replies.put("1,000 blank lines then a", "\n.".repeat(999) + "a");
        return replies;
    }

    @BeforeAll
    static void startWithTheDefaultBudget() {
        hotseat = TestServer.start(data, FixturePrompts.engines(), FixturePrompts.library(),
                WireSettings.local());
        warmUp();
    }

    @AfterAll
    static void stop() {
        hotseat.close();
    }

    private static void warmUp() {
        // The model's first load and the JIT are not what this measures.
        try (ChatClient chat = hotseat.chat()) {
            chat.start("late-parcel", "practice");
            chat.exchange("I'm sorry, let me check the order for you.");
        }
        hotseat.post("/api/evaluate", "{\"mode\":\"customer\",\"context\":\"Where is it?\",\"reply\":\"Sorry, I'll check.\"}");
    }

    @Test
    void oddRepliesInAChat_eachGetAGradeOrARefusalWithinASecond_whileHealthKeepsAnswering() throws Exception {
        List<String> slow = new ArrayList<>();
        List<Long> health = pollHealthWhile(() -> {
            for (Map.Entry<String, String> reply : replies().entrySet()) {
                try (ChatClient chat = hotseat.chat()) {
                    chat.start("late-parcel", "practice");
                    long sent = System.nanoTime();
                    chat.reply(reply.getValue());
                    JsonNode answer = gradeOrRefusal(chat);
                    long took = (System.nanoTime() - sent) / 1_000_000;
                    if (took > ANSWER_MS) {
                        slow.add(reply.getKey() + ": " + took + " ms (" + answer.path("type").asText() + ")");
                    }
                    chat.next("partner");
                }
            }
        });

        assertEquals(List.of(), slow, "answered later than " + ANSWER_MS + " ms");
        assertHealthy(health);
    }

    @Test
    void oddRepliesToPostEvaluate_twoAtATime_eachGetAGradeOrARefusalWithinASecond() throws Exception {
        List<String> slow = new CopyOnWriteArrayList<>();
        List<Long> health = pollHealthWhile(() -> {
            List<Thread> pairs = new ArrayList<>();
            for (Map.Entry<String, String> reply : replies().entrySet()) {
                pairs.add(Thread.ofPlatform().start(() -> evaluate(reply.getKey(), reply.getValue(), slow)));
                if (pairs.size() == 2) {
                    joinAll(pairs);
                }
            }
            joinAll(pairs);
        });

        assertEquals(List.of(), slow, "answered later than " + ANSWER_MS + " ms");
        assertHealthy(health);
    }

    private static void evaluate(String name, String reply, List<String> slow) {
        String body = "{\"mode\":\"customer\",\"context\":\"Where is my order?\",\"reply\":" + quoted(reply) + "}";
        long sent = System.nanoTime();
        HttpResponse<String> answer = hotseat.post("/api/evaluate", body);
        long took = (System.nanoTime() - sent) / 1_000_000;
        boolean gradeOrRefusal = answer.statusCode() == 200 || TestServer.json(answer).path("error").asText().equals("not-graded");
        if (took > ANSWER_MS || !gradeOrRefusal) {
            slow.add(name + ": " + took + " ms, " + answer.statusCode() + " " + answer.body());
        }
    }

    private static JsonNode gradeOrRefusal(ChatClient chat) {
        while (true) {
            JsonNode message = chat.next();
            String type = message.path("type").asText();
            if (type.equals("grade") || type.equals("error") && !message.path("code").asText().equals("model-failed")) {
                return message;
            }
        }
    }

    /** Runs {@code work} (again, until /health was asked 5 times) while another thread asks for /health every 50 ms; returns each answer's time in ms. */
    private static List<Long> pollHealthWhile(Runnable work) throws InterruptedException {
        List<Long> times = new CopyOnWriteArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread poller = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                long asked = System.nanoTime();
                HttpResponse<String> answer = hotseat.getBare("/health");
                times.add(answer.statusCode() == 200 ? (System.nanoTime() - asked) / 1_000_000 : Long.MAX_VALUE);
                dev.hotseat.support.Waiting.pause(java.time.Duration.ofMillis(50));
            }
        });
        try {
            // A fast machine may finish the work before health was asked five times: do it again until it was.
            do {
                work.run();
            } while (times.size() < 5);
        } finally {
            done.set(true);
            poller.join();
        }
        return times;
    }

    private static void assertHealthy(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long worst = sorted.get(sorted.size() - 1);
        assertTrue(sorted.size() >= 5, "health was polled only " + sorted.size() + " times");
        assertTrue(median <= HEALTH_MS, "health median " + median + " ms over " + sorted.size() + " checks: " + sorted);
        assertTrue(worst <= HEALTH_WORST_MS, "slowest health check " + worst + " ms: " + sorted);
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        threads.clear();
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

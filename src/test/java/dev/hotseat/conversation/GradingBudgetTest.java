package dev.hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.persona.Mode;
import dev.hotseat.support.Waiting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every grade runs on the budget's own graders under a deadline; what is late or cannot be queued is refused; when the
 * graders are saturated the newest waiting grade runs first.
 */
@Timeout(30)
class GradingBudgetTest {
    private static final Grade FINE = new Grade(50, List.of(), "ok", false, "", "offline");

    private static Exchange reply(String text) {
        return new Exchange(Mode.CUSTOMER, "Where is it?", text, null);
    }

    @Test
    void aGradeWithinTheDeadline_isReturned_andTheGraderSawTheTextShapedAndOnAThreadOfItsOwn() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Evaluator recording = exchange -> {
            seen.add(exchange.reply() + " on " + Thread.currentThread().getName());
            return FINE;
        };
        try (GradingBudget budget = new GradingBudget(recording, 1, Duration.ofSeconds(5))) {
            assertEquals(FINE, budget.grade(reply("a" + "\u0300".repeat(50))));
        }
        assertEquals(List.of("\u00e0\u0300\u0300\u0300 on hotseat-grader-0"), seen);
    }

    @Test
    void aGradeOverTheDeadline_isRefusedNotGraded_soonAfterTheDeadline() {
        CountDownLatch release = new CountDownLatch(1);
        Evaluator stuck = exchange -> {
            Waiting.until(Duration.ofSeconds(20), "the test to let go", () -> release.getCount() == 0);
            return FINE;
        };
        try (GradingBudget budget = new GradingBudget(stuck, 1, Duration.ofMillis(200))) {
            long asked = System.nanoTime();
            NotGradedException late = assertThrows(NotGradedException.class, () -> budget.grade(reply("hi")));
            long took = (System.nanoTime() - asked) / 1_000_000;

            assertEquals("not-graded", late.code());
            assertTrue(took >= 200 && took < 5_000, took + " ms");
            release.countDown();
        }
    }

    @Test
    void whenEveryGraderAndTheQueueAreTaken_aGradeIsRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Evaluator stuck = exchange -> {
            Waiting.until(Duration.ofSeconds(20), "the test to let go", () -> release.getCount() == 0);
            return FINE;
        };
        try (GradingBudget budget = new GradingBudget(stuck, 1, Duration.ofSeconds(20))) {
            List<Thread> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < 65; i++) {
                waiting.add(Thread.ofVirtual().start(() -> {
                    try {
                        budget.grade(reply("hi"));
                    } catch (NotGradedException expectedLater) {
                        // the test lets them go at the end
                    }
                }));
            }
            Waiting.until(Duration.ofSeconds(10), "the grader and its queue taken", () -> budget.inFlight() == 65);

            long asked = System.nanoTime();
            NotGradedException busy = assertThrows(NotGradedException.class, () -> budget.grade(reply("hi")));

            assertTrue((System.nanoTime() - asked) / 1_000_000 < 1_000, "refused at once");
            assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
            release.countDown();
            for (Thread t : waiting) {
                t.join();
            }
        }
    }
    @Test
    void whenTheGradersAreSaturated_theNewestWaitingGradeRunsFirst_andHeadStartsRunLast() {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Evaluator recording = new Evaluator() {
            @Override
            public Grade grade(Exchange exchange) {
                order.add(exchange.reply());
                if (exchange.reply().equals("first")) {
                    Waiting.until(Duration.ofSeconds(20), "the test to let go", () -> release.getCount() == 0);
                }
                return FINE;
            }

            @Override
            public void prepare(String context) {
                order.add("prepare " + context);
            }
        };
        try (GradingBudget budget = new GradingBudget(recording, 1, Duration.ofSeconds(20))) {
            List<Thread> waiting = new java.util.ArrayList<>();
            waiting.add(Thread.ofVirtual().start(() -> budget.grade(reply("first"))));
            Waiting.until(Duration.ofSeconds(10), "the one grader busy", () -> order.equals(List.of("first")));
            int queued = 1;
            for (String text : List.of("older", "newer", "newest")) {
                waiting.add(Thread.ofVirtual().start(() -> budget.grade(reply(text))));
                int expected = ++queued;
                // one at a time, so the order they were queued in is known
                Waiting.until(Duration.ofSeconds(10), text + " queued", () -> budget.inFlight() == expected);
                if (text.equals("older")) {
                    budget.prepare("line");
                    int withHeadStart = ++queued;
                    Waiting.until(Duration.ofSeconds(10), "the head start queued", () -> budget.inFlight() == withHeadStart);
                }
            }

            release.countDown();
            for (Thread t : waiting) {
                join(t);
            }
            Waiting.until(Duration.ofSeconds(10), "the head start done", () -> order.size() == 5);
        }
        assertEquals(List.of("first", "newest", "newer", "older", "prepare line"), order);
    }

    @Test
    void aGradeTakenWhileOthersWait_isMadeInAHurry_andTheLastOneInTheQueueInFull() {
        CountDownLatch release = new CountDownLatch(1);
        List<String> how = new CopyOnWriteArrayList<>();
        Evaluator recording = new Evaluator() {
            @Override
            public Grade grade(Exchange exchange) {
                how.add(exchange.reply() + " in full");
                if (exchange.reply().equals("first")) {
                    Waiting.until(Duration.ofSeconds(20), "the test to let go", () -> release.getCount() == 0);
                }
                return FINE;
            }

            @Override
            public Grade gradeInAHurry(Exchange exchange) {
                how.add(exchange.reply() + " in a hurry");
                return FINE;
            }
        };
        try (GradingBudget budget = new GradingBudget(recording, 1, Duration.ofSeconds(20))) {
            List<Thread> waiting = new java.util.ArrayList<>();
            waiting.add(Thread.ofVirtual().start(() -> budget.grade(reply("first"))));
            Waiting.until(Duration.ofSeconds(10), "the one grader busy", () -> how.equals(List.of("first in full")));
            // one at a time, so "older" is queued before "newer" starts (two threads started together race)
            int queued = 1;
            for (String text : List.of("older", "newer")) {
                waiting.add(Thread.ofVirtual().start(() -> budget.grade(reply(text))));
                int expected = ++queued;
                Waiting.until(Duration.ofSeconds(10), "\"" + text + "\" queued", () -> budget.inFlight() == expected);
            }

            release.countDown();
            for (Thread t : waiting) {
                join(t);
            }
        }
        // "newer" was taken while "older" still waited; "older" was the last in the queue
        assertEquals(List.of("first in full", "newer in a hurry", "older in full"), how);
    }

    @Test
    void aGradeThatWaitedPastItsDeadline_leavesTheQueue_soItsPlaceGoesToALiveGrade() {
        CountDownLatch release = new CountDownLatch(1);
        List<String> graded = new CopyOnWriteArrayList<>();
        Evaluator stuck = exchange -> {
            graded.add(exchange.reply());
            Waiting.until(Duration.ofSeconds(20), "the test to let go", () -> release.getCount() == 0);
            return FINE;
        };
        try (GradingBudget budget = new GradingBudget(stuck, 1, Duration.ofMillis(300))) {
            Thread running = Thread.ofVirtual().start(() -> assertThrows(NotGradedException.class,
                    () -> budget.grade(reply("running"))));
            Waiting.until(Duration.ofSeconds(10), "the one grader busy", () -> budget.inFlight() == 1);

            NotGradedException late = assertThrows(NotGradedException.class, () -> budget.grade(reply("queued")));

            assertEquals("not-graded", late.code());
            assertEquals(1, budget.inFlight(), "only the running grade is left");
            release.countDown();
            join(running);
        }
        assertEquals(List.of("running"), graded, "the late grade was never run");
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

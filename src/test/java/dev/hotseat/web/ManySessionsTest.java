package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many learners at once on one server: nobody gets another's answers, every turn is in order and stored. */
@Timeout(90)
class ManySessionsTest {
    private static final int LEARNERS = 20;

    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    /** What one learner saw: the session id and the persona's two answers. */
    private record Seen(String session, String first, String second, int secondTurn) {
    }

    @Test
    void twentyLearnersReplyingAtTheSameTime_eachGetTheirOwnAnswersInOrder_andEveryTurnIsStored() throws Exception {
        // given twenty learners, each on their own socket, released together
        hotseat.server();
        CyclicBarrier together = new CyclicBarrier(LEARNERS);
        List<Future<Seen>> learners = new ArrayList<>();

        // when each starts a session and sends two replies that name them
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < LEARNERS; i++) {
                int learner = i;
                learners.add(pool.submit(() -> play(learner, together)));
            }
        }

        // then every session is its own, each answer echoes that learner's words, and the store has them all
        HashSet<String> sessions = new HashSet<>();
        for (int i = 0; i < LEARNERS; i++) {
            Seen seen = learners.get(i).get();
            sessions.add(seen.session());
            assertEquals("You said: " + first(i), seen.first());
            assertEquals("You said: " + second(i), seen.second());
            assertEquals(4, seen.secondTurn());
            JsonNode turns = TestServer.json(hotseat.get("/api/sessions/" + seen.session())).path("turns");
            assertEquals(5, turns.size(), turns.toString());
            assertEquals(first(i), turns.get(1).path("text").asText());
            assertEquals(second(i), turns.get(3).path("text").asText());
        }
        assertEquals(LEARNERS, sessions.size());
    }

    private Seen play(int learner, CyclicBarrier together) throws Exception {
        try (ChatClient chat = hotseat.chat()) {
            together.await(30, TimeUnit.SECONDS);
            String session = chat.start("late-parcel", "practice");
            chat.reply(first(learner));
            String firstAnswer = chat.next("partner").path("text").asText();
            chat.reply(second(learner));
            JsonNode secondAnswer = chat.next("partner");
            return new Seen(session, firstAnswer, secondAnswer.path("text").asText(), secondAnswer.path("turn").asInt());
        }
    }

    private static String first(int learner) {
        return "I'm sorry, this is learner " + learner + ".";
    }

    private static String second(int learner) {
        return "Learner " + learner + " will sort it out today.";
    }
}

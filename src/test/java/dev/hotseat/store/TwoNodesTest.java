package dev.hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.PostgresServer;
import dev.hotseat.support.TestServer;
import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two Hotseat nodes on one PostgreSQL database: node A dies mid-turn, and node B carries the chat on. */
@Needs(Need.POSTGRESQL)
@Timeout(60)
class TwoNodesTest {
    @TempDir
    Path nodeA;
    @TempDir
    Path nodeB;

    @Test
    void chatStartedOnNodeA_continuesOnNodeB_afterAIsKilledMidTurn_withEveryTurnStoredOnce() throws Exception {
        String database = PostgresServer.freshDatabase();
        CountDownLatch aIsAnswering = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        // Node A's persona speaks its opening line, then freezes on the first reply, like a node about to die.
        PartnerEngine freezing = (request, onDelta) -> {
            if (request.opening()) {
                return new FakePartner().reply(request, onDelta);
            }
            aIsAnswering.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("node A went down mid-turn");
        };
        Engines aEngines = new Engines(new KeywordEvaluator(), Optional.empty(), freezing, freezing);
        Engines bEngines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        TestServer a = TestServer.start(nodeA, aEngines, new FakeLibrary(), database);
        Thread killingA;
        String session;
        try (TestServer b = TestServer.start(nodeB, bEngines, new FakeLibrary(), database)) {
            // given a chat on node A whose reply is stored when A goes down before answering
            ChatClient onA = a.chat();
            session = onA.start("late-parcel", "practice");
            onA.reply("I'm sorry, let me look");
            assertTrue(aIsAnswering.await(10, TimeUnit.SECONDS), "node A never started answering");
            killingA = Thread.ofPlatform().start(a::close);
            onA.drop();
            never.countDown(); // A's frozen turn now fails on A's side too: A stores nothing more

            // when the learner's page reconnects, through the load balancer, to node B
            // (the same browser: its cookie is in the shared database, so node B knows the learner)
            b.useCookie(a.cookie());
            try (ChatClient onB = b.chat()) {
                onB.send("type", "resume", "session", session);
                JsonNode resumed = onB.next("resumed");
                JsonNode answer = onB.next("partner");
                onB.reply("Could you tell me the tracking number?");
                JsonNode next = onB.next("partner");

                // then B rebuilt the chat from the database, answered the reply A never did, and carries on
                assertEquals(List.of("partner", "learner"), speakers(resumed.path("turns")));
                assertEquals(2, answer.path("turn").asInt());
                assertEquals("You said: I'm sorry, let me look", answer.path("text").asText());
                assertEquals(4, next.path("turn").asInt());
            }
            killingA.join(TimeUnit.SECONDS.toMillis(20));

            // and the stored transcript holds each turn once, in order, as B or A last saw it
            JsonNode stored = new ObjectMapper().readTree(b.get("/api/sessions/" + session).body());
            List<Integer> indexes = new ArrayList<>();
            stored.path("turns").forEach(t -> indexes.add(t.path("index").asInt()));
            assertEquals(List.of(0, 1, 2, 3, 4), indexes, stored.toString());
        } finally {
            never.countDown();
        }
    }

    private static List<String> speakers(JsonNode turns) {
        List<String> speakers = new ArrayList<>();
        turns.forEach(t -> speakers.add(t.path("speaker").asText()));
        return speakers;
    }
}

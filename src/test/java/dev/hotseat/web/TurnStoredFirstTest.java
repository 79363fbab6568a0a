package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.HangingEngines;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "A turn is stored before any model is called": the learner's words are in SQLite while the engines hang or throw. */
@Timeout(30)
class TurnStoredFirstTest {
    private static final String REPLY = "I'm sorry, let me look into order 4411 right now.";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();
    // Listed last in each try, so it is released first and the server never waits on a hanging engine.
    private final HangingEngines hanging = new HangingEngines();

    @Test
    void learnersTurn_isInTheSqliteFile_whileTheJudgeAndThePersonaHang() throws Exception {
        try (hanging) {
            // given a session whose engines hang on the next reply, when the learner replies
            String session = replyWhileBothEnginesHang(hotseat.start(hanging.engines()));

            // then the reply is already in the database file, read with plain SQL
            assertEquals(REPLY, storedText(session, 1));
            hanging.release();
        }
    }

    @Test
    void learnersTurn_isServedByTheSessionRoute_whileTheEnginesHang() throws Exception {
        try (hanging) {
            TestServer server = hotseat.start(hanging.engines());
            String session = replyWhileBothEnginesHang(server);

            JsonNode stored = TestServer.json(server.get("/api/sessions/" + session));

            JsonNode turns = stored.path("turns");
            assertEquals(2, turns.size(), stored.toString());
            assertEquals("learner", turns.get(1).path("speaker").asText());
            assertEquals(REPLY, turns.get(1).path("text").asText());
            hanging.release();
        }
    }

    @Test
    void learnersTurn_survives_anEvaluatorThatThrows_andTheSocketSaysSoAndStaysOpen() throws Exception {
        Engines broken = Engines.offline(HangingEngines.throwing(), new FakePartner());
        try (TestServer server = hotseat.start(broken); ChatClient chat = server.chat()) {
            String session = chat.start("late-parcel", "practice");

            chat.reply(REPLY);
            JsonNode error = chat.next("error");

            assertEquals("internal", error.path("code").asText(), error.toString());
            assertTrue(!error.path("message").asText().contains("exploded"), "internals stay in the log: " + error);
            assertEquals(REPLY, storedText(session, 1));
            chat.send("type", "start", "scenario", "late-parcel");
            assertEquals("started", chat.next("started").path("type").asText());
        }
    }

    @Test
    void learnersTurn_survives_aServerRestartWhileTheEnginesHang() throws Exception {
        String session;
        try (TestServer server = hotseat.start(hanging.engines());
             ChatClient chat = server.chat();
             hanging) {
            session = chat.start("late-parcel", "practice");
            chat.reply(REPLY);
            assertTrue(hanging.bothHanging(10));
            chat.drop();
            hanging.release();
        }

        try (TestServer after = hotseat.start(); ChatClient chat = after.chat()) {
            chat.send("type", "resume", "session", session);
            JsonNode turns = chat.next("resumed").path("turns");

            assertEquals(REPLY, turns.get(1).path("text").asText(), turns.toString());
        }
    }

    @Test
    void aReplyLeftUnansweredByARestart_isGradedAndAnswered_onResume() throws Exception {
        // Given a server that dies while its persona is still working on the learner's reply: a persona that
        // ignores interrupts, so not even a graceful shutdown produces an answer (as with a killed process)
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch called = new CountDownLatch(1);
        PartnerEngine deaf = (request, onDelta) -> {
            if (request.opening()) {
                return new FakePartner().reply(request, onDelta);
            }
            called.countDown();
            awaitIgnoringInterrupts(gate);
            throw new IllegalStateException("this server is gone");
        };
        String session;
        try (TestServer server = hotseat.start(new Engines(new KeywordEvaluator(), Optional.empty(), deaf, deaf));
             ChatClient chat = server.chat()) {
            session = chat.start("late-parcel", "practice");
            chat.reply(REPLY);
            assertTrue(called.await(10, TimeUnit.SECONDS));
        }

        // When the learner resumes on a new server over the same data
        try (TestServer after = hotseat.start(); ChatClient chat = after.chat()) {
            chat.send("type", "resume", "session", session);
            assertEquals(2, chat.next("resumed").path("turns").size());
            List<JsonNode> answer = chat.untilAll("grade", "partner");

            // Then the stored reply gets its grade and the persona's answer
            JsonNode partner = answer.stream().filter(m -> m.path("type").asText().equals("partner")).findFirst().orElseThrow();
            JsonNode grade = answer.stream().filter(m -> m.path("type").asText().equals("grade")).findFirst().orElseThrow();
            assertEquals(2, partner.path("turn").asInt());
            assertEquals(1, grade.path("turn").asInt());
            assertEquals(REPLY, storedText(session, 1));
        } finally {
            gate.countDown();
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch gate) {
        while (true) {
            try {
                gate.await();
                return;
            } catch (InterruptedException ignored) {
                // deliberately deaf: stands for a process killed mid-turn, which never answers
            }
        }
    }

    /** Starts a session, sends {@link #REPLY} and waits until the judge and the persona both hang on it. */
    private String replyWhileBothEnginesHang(TestServer server) throws InterruptedException {
        ChatClient chat = server.chat();
        String session = chat.start("late-parcel", "practice");
        chat.reply(REPLY);
        assertTrue(hanging.bothHanging(10), "the judge and the persona were both called");
        return session;
    }

    private String storedText(String session, int index) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + hotseat.data().resolve("hotseat.db"));
             PreparedStatement query = db.prepareStatement("SELECT speaker, text FROM turns WHERE session = ? AND idx = ?")) {
            query.setString(1, session);
            query.setInt(2, index);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no turn " + index + " stored for " + session);
                assertEquals("learner", row.getString("speaker"));
                return row.getString("text");
            }
        }
    }
}

package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery promise under the harshest stop: the server (a real JVM running Main with the offline engines)
 * is killed with SIGKILL 12 times, at varied points of a turn, while a client sends replies with ids and resends
 * the unacknowledged ones after each restart, as the page does. No acknowledged reply is lost; none is stored twice.
 */
// 107-244 s measured on a 2-core machine at load average 16-30 (a JVM start took 7-18 s there); see docs/decisions.md.
@Timeout(420)
class KillNineDeliveryTest {
    private static final int KILLS = 12;
    private static final String[] REPLIES = {"Let me look into that for you.", "Can you tell me the order number again?",
        "I understand, that sounds stressful.", "I'm checking the courier's notes now.", "What date do you need it by?"};
    @TempDir
    Path dir;

    /** A reply the client sent: its session, text, and the turn the server acknowledged (-1 until it did). */
    private static final class Sent {
        final String session;
        final String text;
        int ackedTurn = -1;

        Sent(String session, String text) {
            this.session = session;
            this.text = text;
        }
    }

    private record Server(Process process, int port) {
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Server launch(Path data) throws Exception {
        Path root = Path.of(System.getProperty("hotseat.root", ".")).toAbsolutePath();
        // C1 only and the serial collector: this JVM lives a few seconds, so start-up time is what counts.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main",
                "--port", "0", "--data", data.toString(), "--prompts", root.resolve("src/test/resources/fixture-prompts").toString(),
                "--web", dir.resolve("no-web").toString(), "--coach-token", "t")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("Listening on http://127.0.0.1:")) {
                return new Server(process, Integer.parseInt(line.substring(line.lastIndexOf(':') + 1)));
            }
        }
        throw new AssertionError("The server stopped before listening (exit " + process.waitFor() + ")");
    }

    @Test
    void killedTwelveTimesMidTurn_noAcknowledgedReplyIsLost_andNoneIsStoredTwice() throws Exception {
        // Two lanes of six kills, each with its own data folder, side by side: most of a round is a JVM starting,
        // which keeps about one core busy, so on two cores two lanes take little longer than one.
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> lane(dir.resolve("lane-1"), 13), lanes);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> lane(dir.resolve("lane-2"), 31), lanes);

            assertEquals(KILLS, first.join() + second.join());
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Kills a server {@code KILLS / 2} times on {@code data}, checks the promise, and returns how many kills. */
    private int lane(Path data, long seed) {
        try {
            return killAndCheck(data, new Random(seed), KILLS / 2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int killAndCheck(Path data, Random random, int kills) throws Exception {
        Map<String, Sent> sent = new LinkedHashMap<>();
        int killed = 0;
        String session = null;
        String cookie = null;
        int counter = 0;
        for (int round = 0; round < kills; round++) {
            Server server = launch(data);
            // One learner throughout: the same browser cookie, so the session stays theirs across restarts.
            cookie = cookie == null ? guestCookie(server.port()) : cookie;
            try (ChatClient chat = ChatClient.connect(server.port(), cookie)) {
                if (session == null) {
                    session = startFresh(chat);
                } else {
                    chat.send("type", "resume", "session", session);
                    JsonNode resumed = awaitType(chat, "resumed");
                    if (!resumed.path("outcome").isNull()) {
                        session = startFresh(chat);
                    }
                }
                // Resend what was never acknowledged (and one that was, which must only be acknowledged again),
                // as the page does after a reconnect, and wait for their acknowledgements
                List<String> resend = new ArrayList<>();
                for (Map.Entry<String, Sent> e : sent.entrySet()) {
                    if (e.getValue().session.equals(session) && e.getValue().ackedTurn < 0) {
                        resend.add(e.getKey());
                    }
                }
                String current = session;
                sent.entrySet().stream().filter(e -> e.getValue().session.equals(current) && e.getValue().ackedTurn >= 0)
                        .reduce((a, b) -> b).ifPresent(e -> resend.add(e.getKey()));
                for (String id : resend) {
                    chat.reply(id, sent.get(id).text);
                }
                awaitAcks(chat, sent, resend);
                for (int k = 0; k < 2; k++) {
                    String id = "c-" + (++counter);
                    sent.put(id, new Sent(session, REPLIES[counter % REPLIES.length] + " (" + counter + ")"));
                    chat.reply(id, sent.get(id).text);
                }
                // Kill at a varied point: right away, after the ack, mid-stream of the persona's line, or after it
                int killAfter = random.nextInt(9);
                for (int m = 0; m < killAfter; m++) {
                    JsonNode message = chat.nextWithin(3000);
                    if (message == null) {
                        break;
                    }
                    record(message, sent);
                    if (message.path("type").asText().equals("ended")) {
                        session = null;
                    }
                }
            } finally {
                server.kill();
                killed++;
            }
        }
        // Read the database the killed servers left behind, as the next start would find it
        assertEveryAckedReplyStoredOnce(data, sent);
        return killed;
    }

    private static String startFresh(ChatClient chat) {
        chat.send("type", "start", "scenario", "late-parcel");
        return awaitType(chat, "started").path("session").asText();
    }

    /** The first message of {@code type}; a cold JVM on a busy machine may take far longer than ChatClient's 10 s. */
    private static JsonNode awaitType(ChatClient chat, String type) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode message = chat.nextWithin(1000);
            if (message != null && message.path("type").asText().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("No '" + type + "' within 60 s");
    }

    /** A guest's cookie, as a browser gets it from {@code GET /api/me}. */
    private static String guestCookie(int port) throws Exception {
        java.net.http.HttpResponse<String> me = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/me")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return dev.hotseat.support.TestServer.cookieFrom(me);
    }

    private static void record(JsonNode message, Map<String, Sent> sent) {
        if (message.path("type").asText().equals("stored")) {
            Sent reply = sent.get(message.path("id").asText());
            int turn = message.path("turn").asInt();
            assertTrue(reply.ackedTurn < 0 || reply.ackedTurn == turn, "an id acknowledged with two turns: " + message);
            reply.ackedTurn = turn;
        }
    }

    /** Reads until every id in {@code ids} is acknowledged (or refused, as after the session ended), or 60 s pass. */
    private static void awaitAcks(ChatClient chat, Map<String, Sent> sent, List<String> ids) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int answered = 0;
        while (answered < ids.size() && System.nanoTime() < deadline) {
            JsonNode message = chat.nextWithin(500);
            if (message == null) {
                continue;
            }
            record(message, sent);
            String type = message.path("type").asText();
            String code = message.path("code").asText();
            if (type.equals("stored") || (type.equals("error") && !code.equals("model-failed"))) {
                answered++;
            }
        }
        assertEquals(ids.size(), answered, "every resent reply is answered: " + ids);
    }

    private static void assertEveryAckedReplyStoredOnce(Path data, Map<String, Sent> sent) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hotseat.db").toAbsolutePath());
             PreparedStatement query = db.prepareStatement(
                     "SELECT session, idx, text, client_id FROM turns WHERE speaker = 'learner'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        int acked = 0;
        for (Map.Entry<String, Sent> entry : sent.entrySet()) {
            Sent reply = entry.getValue();
            List<String[]> copies = rows.stream()
                    .filter(r -> r[0].equals(reply.session) && r[2].equals(reply.text)).toList();
            assertTrue(copies.size() <= 1, "stored twice: " + entry.getKey());
            if (reply.ackedTurn >= 0) {
                acked++;
                assertEquals(1, copies.size(), "acknowledged but lost: " + entry.getKey());
                assertEquals(String.valueOf(reply.ackedTurn), copies.get(0)[1]);
                assertEquals(entry.getKey(), copies.get(0)[3]);
            }
        }
        // Replies sent just before a kill may never have arrived; the rest were acknowledged on the way or on resend.
        assertTrue(acked >= sent.size() / 3, "many replies were acknowledged: " + acked + " of " + sent.size());
    }
}

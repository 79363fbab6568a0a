package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.ChatClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery promise under the harshest stop: the server (a real JVM running Main with the offline engines)
 * is killed with SIGKILL 20 times, at varied points of a turn, while a client sends replies with ids and resends
 * the unacknowledged ones after each restart, as the page does. No acknowledged reply is lost; none is stored twice.
 */
@Timeout(240)
class KillNineDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = 20;
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

    private Server launch() throws Exception {
        Path root = Path.of(System.getProperty("hotseat.root", ".")).toAbsolutePath();
        // C1 only and the serial collector: this JVM lives a few seconds, so start-up time is what counts.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main",
                "--port", "0", "--data", dir.resolve("data").toString(), "--prompts", root.resolve("prompts").toString(),
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
    void killedTwentyTimesMidTurn_noAcknowledgedReplyIsLost_andNoneIsStoredTwice() throws Exception {
        Random random = new Random(13);
        Map<String, Sent> sent = new LinkedHashMap<>();
        String session = null;
        int counter = 0;
        for (int round = 0; round <= KILLS; round++) {
            Server server = launch();
            try (ChatClient chat = ChatClient.connect(server.port())) {
                if (session == null) {
                    session = startFresh(chat);
                } else {
                    chat.send("type", "resume", "session", session);
                    JsonNode resumed = chat.next("resumed");
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
                if (round == KILLS) {
                    break;
                }
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
            }
        }
        Server last = launch();
        try {
            assertEveryAckedReplyStoredOnce(last.port(), sent);
        } finally {
            last.kill();
        }
    }

    private static String startFresh(ChatClient chat) {
        chat.send("type", "start", "scenario", "late-parcel");
        return chat.next("started").path("session").asText();
    }

    private static void record(JsonNode message, Map<String, Sent> sent) {
        if (message.path("type").asText().equals("stored")) {
            Sent reply = sent.get(message.path("id").asText());
            int turn = message.path("turn").asInt();
            assertTrue(reply.ackedTurn < 0 || reply.ackedTurn == turn, "an id acknowledged with two turns: " + message);
            reply.ackedTurn = turn;
        }
    }

    /** Reads until every id in {@code ids} is acknowledged (or refused, as after the session ended), or 10 s pass. */
    private static void awaitAcks(ChatClient chat, Map<String, Sent> sent, List<String> ids) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
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

    private static void assertEveryAckedReplyStoredOnce(int port, Map<String, Sent> sent) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, JsonNode> sessions = new HashMap<>();
        int acked = 0;
        for (Sent reply : sent.values()) {
            sessions.computeIfAbsent(reply.session, id -> {
                try {
                    return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/sessions/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body()).path("turns");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (Map.Entry<String, Sent> entry : sent.entrySet()) {
            Sent reply = entry.getValue();
            List<JsonNode> copies = new ArrayList<>();
            sessions.get(reply.session).forEach(turn -> {
                if (turn.path("text").asText().equals(reply.text)) {
                    copies.add(turn);
                }
            });
            assertTrue(copies.size() <= 1, "stored twice: " + entry.getKey() + " " + copies);
            if (reply.ackedTurn >= 0) {
                acked++;
                assertEquals(1, copies.size(), "acknowledged but lost: " + entry.getKey());
                assertEquals(reply.ackedTurn, copies.get(0).path("index").asInt());
                assertEquals(entry.getKey(), copies.get(0).path("id").asText());
            }
        }
        // Replies sent just before a kill may never have arrived; the rest were acknowledged on the way or on resend.
        assertTrue(acked >= sent.size() / 2, "most replies were acknowledged in the end: " + acked + " of " + sent.size());
    }
}

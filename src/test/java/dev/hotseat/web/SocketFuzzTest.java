package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz run over a real socket: 50,000 malformed frames (truncated JSON, wrong types,
 * huge numbers, unicode oddities, random text, binary frames). Every answer must be a documented message with a
 * documented error code and no internals; afterwards the same socket still plays a normal chat.
 */
@Timeout(60)
class SocketFuzzTest {
    private static final long SEED = 13;
    /** Issue 22: 50,000 frames, in under a minute on a CI machine (the test's timeout says so). */
    private static final int FRAMES = 50_000;
    /** Every error code in docs/protocol.md. */
    private static final Set<String> CODES = Set.of("bad-json", "unknown-type", "bad-message", "unknown-scenario",
            "unknown-session", "no-session", "empty-reply", "reply-too-long", "too-many-replies", "session-ended",
            "model-failed", "busy", "taken-over", "not-stored", "not-graded", "read-only", "restarting", "signed-out",
            "turn-taken", "damaged-session");
    private static final Set<String> TYPES = Set.of("started", "resumed", "partner.delta", "partner", "grade", "ended",
            "error", "stored");
    /** A Java class name, a stack frame, or a library's name for itself. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\tat |Exception|Jackson|Jetty|Javalin|`|SQL|sqlite", Pattern.CASE_INSENSITIVE);
    private static final String[] TYPES_SENT = {"start", "resume", "reply", "end", "", "START", "reply ", "dance"};
    private static final String[] ODD_TEXT = {"\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u202e", "\u00e9",
        "\u0301", "\ufeff", "\ud83d\ude00", "\\\\", "\\\"", "\u2028", "\uffff", "\\uFFFE", "%s%n", "${x}", "<b>"};
    @TempDir
    Path data;

    @Test
    void fiftyThousandMalformedFrames_getDocumentedAnswersWithoutInternals_andAChatStillWorks() {
        Random random = new Random(SEED);
        try (TestServer server = TestServer.start(data); ChatClient chat = server.chat()) {
            List<String> frames = new ArrayList<>();
            List<Object> sent = new ArrayList<>();
            for (int i = 0; i < FRAMES; i++) {
                if (random.nextInt(20) == 0) {
                    byte[] bytes = new byte[random.nextInt(64)];
                    random.nextBytes(bytes);
                    sent.add(bytes);
                } else {
                    frames.add(frame(random));
                    sent.add(frames.get(frames.size() - 1));
                }
            }
            chat.sendAll(sent);
            // A marker after the fuzz: its answer is the last one due
            chat.send("type", "resume", "session", "end-of-fuzz");
            List<JsonNode> answers = new ArrayList<>();
            JsonNode message;
            do {
                message = chat.next();
                answers.add(message);
            } while (!message.path("message").asText().contains("end-of-fuzz"));

            assertTrue(answers.size() >= FRAMES / 2, "most frames got an answer: " + answers.size());
            int frame = 0;
            for (JsonNode answer : answers) {
                String type = answer.path("type").asText();
                assertTrue(TYPES.contains(type), "undocumented message: " + answer);
                if (type.equals("error")) {
                    assertTrue(CODES.contains(answer.path("code").asText()), "undocumented code: " + answer);
                    String text = answer.path("message").asText();
                    assertTrue(text.length() < 400, "short: " + answer);
                    if (answer.path("code").asText().equals("bad-json")) {
                        // The quoted input is the client's own text (random, so anything); judge the server's words.
                        frame = quotedFrame(frames, frame, text);
                        text = text.substring(prefix(frames.get(frame - 1)).length());
                    }
                    assertFalse(INTERNALS.matcher(text).find(), "leaks internals: " + answer);
                }
            }
            // Then a normal chat on the same socket
            String session = chat.start("late-parcel", "practice");
            chat.reply("f-1", "I'm sorry, let me fix it.");
            assertEquals(1, chat.next("stored").path("turn").asInt());
            chat.untilAll("grade", "partner");
            chat.send("type", "end");
            assertEquals("ended", chat.next("ended").path("outcome").asText());
            assertEquals(200, server.get("/api/sessions/" + session).statusCode());
        }
    }

    private static String prefix(String frame) {
        return "Not a JSON message: '" + BadMessageException.quote(frame) + "'";
    }

    /** The index after the first frame from {@code from} on that a bad-json message quotes (answers come in order). */
    private static int quotedFrame(List<String> frames, int from, String message) {
        for (int i = from; i < frames.size(); i++) {
            if (message.startsWith(prefix(frames.get(i)))) {
                return i + 1;
            }
        }
        throw new AssertionError("a bad-json message that quotes no frame sent: " + message);
    }

    private static String frame(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> truncate(random, valid(random));
            case 1 -> "{\"type\":\"" + pick(random, TYPES_SENT) + "\"," + wrongField(random) + "}";
            case 2 -> "{\"type\":\"reply\",\"text\":" + hugeNumber(random) + "}";
            case 3 -> "{\"type\":\"reply\",\"id\":\"" + odd(random) + "\",\"text\":\"" + odd(random) + "\"}";
            case 4 -> randomText(random);
            case 5 -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(5));
            case 6 -> "{\"type\":\"start\",\"scenario\":\"" + odd(random) + "\",\"mode\":" + hugeNumber(random) + "}";
            case 7 -> valid(random) + pick(random, new String[] {" x", "{}", ",", "\u0000", " // c", "\n{\"type\":\"end\"}"});
            default -> "{\"type\":\"resume\",\"session\":" + pick(random, new String[] {"null", "[]", "{}", "true",
                "\"../../etc/passwd\"", "\"" + odd(random) + "\"", hugeNumber(random)}) + "}";
        };
    }

    private static String valid(Random random) {
        return pick(random, new String[] {"{\"type\":\"reply\",\"id\":\"c-1\",\"text\":\"hello there\"}",
            "{\"type\":\"start\",\"scenario\":\"no-such-scenario\"}", "{\"type\":\"end\"}",
            "{\"type\":\"resume\",\"session\":\"00000000-0000-4000-8000-000000000000\"}"});
    }

    private static String truncate(Random random, String text) {
        return text.substring(0, random.nextInt(text.length()));
    }

    private static String wrongField(Random random) {
        String name = pick(random, new String[] {"text", "scenario", "session", "mode", "id", "type"});
        String value = pick(random, new String[] {"1", "-0", "1.5e308", "true", "null", "[]", "{}", "[\"a\"]",
            "{\"text\":\"x\"}", "\"\"", "\"   \""});
        return "\"" + name + "\":" + value;
    }

    private static String hugeNumber(Random random) {
        return pick(random, new String[] {"1" + "0".repeat(400), "-1e999999", "1e-999999", "9223372036854775808",
            "0." + "9".repeat(2000), "NaN", "Infinity", "0x10", "01"});
    }

    private static String odd(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(pick(random, ODD_TEXT));
        }
        return text.toString();
    }

    /** Random code points as text (whole characters only: a WebSocket text frame is UTF-8). */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(200);
        while (text.length() < length) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : random.nextInt(0x80);
            if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
                if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                    text.appendCodePoint(codePoint);
                }
            }
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}

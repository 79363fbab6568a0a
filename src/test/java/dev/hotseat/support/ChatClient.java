package dev.hotseat.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client on /ws/chat that collects every message the server sends. */
public final class ChatClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private ChatClient(int port, String cookie) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new Listener()).join();
    }

    /** A socket with no cookie: the server makes it a guest for as long as it stays open. */
    public static ChatClient connect(int port) {
        return new ChatClient(port, null);
    }

    /** A socket that sends {@code cookie} ("hotseat=…"), as a browser would. */
    public static ChatClient connect(int port, String cookie) {
        return new ChatClient(port, cookie);
    }

    /** Sends raw text, exactly as given. */
    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /**
     * Sends many frames, text ({@code String}) or binary ({@code byte[]}), one after another without waiting for each
     * to be written (each send still starts only once the one before it is done, as the socket requires); returns when
     * the last is written.
     */
    public void sendAll(List<?> frames) {
        java.util.concurrent.CompletableFuture<WebSocket> chain = java.util.concurrent.CompletableFuture.completedFuture(socket);
        for (Object frame : frames) {
            chain = chain.thenCompose(ws -> frame instanceof byte[] bytes
                    ? ws.sendBinary(java.nio.ByteBuffer.wrap(bytes), true) : ws.sendText((String) frame, true));
        }
        chain.join();
    }

    /** Sends a message built from alternating keys and values. */
    public void send(String... keysAndValues) {
        Map<String, String> message = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            message.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            sendRaw(JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void reply(String text) {
        send("type", "reply", "text", text);
    }

    /** One exchange: sends a reply and reads up to the persona's answer to it, which it returns. */
    public JsonNode exchange(String text) {
        reply(text);
        return next("partner");
    }

    /** A reply with a client id, as a client that wants delivery promises sends it. */
    public void reply(String id, String text) {
        send("type", "reply", "id", id, "text", text);
    }

    /** Sends a binary frame. */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    /** The next message, waiting up to 10 s. */
    public JsonNode next() {
        try {
            JsonNode message = inbox.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("No message from the server within 10 s");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message within {@code millis}, or null when none came. */
    public JsonNode nextWithin(long millis) {
        try {
            return inbox.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every message up to and including the first of {@code type}. */
    public List<JsonNode> until(String type) {
        List<JsonNode> seen = new ArrayList<>();
        JsonNode message;
        do {
            message = next();
            seen.add(message);
        } while (!message.path("type").asText().equals(type));
        return seen;
    }

    /** Every message until one of each of {@code types} has arrived, in whatever order they come. */
    public List<JsonNode> untilAll(String... types) {
        Set<String> missing = new HashSet<>(List.of(types));
        List<JsonNode> seen = new ArrayList<>();
        while (!missing.isEmpty()) {
            JsonNode message = next();
            seen.add(message);
            missing.remove(message.path("type").asText());
        }
        return seen;
    }

    /** The first message of {@code type}, skipping others. */
    public JsonNode next(String type) {
        List<JsonNode> seen = until(type);
        return seen.get(seen.size() - 1);
    }

    /** Nothing arrives within {@code millis}. */
    public boolean quietFor(long millis) throws InterruptedException {
        return inbox.poll(millis, TimeUnit.MILLISECONDS) == null;
    }

    /** Starts a session and reads up to the end of the opening line; returns the session id. */
    public String start(String scenario, String mode) {
        send("type", "start", "scenario", scenario, "mode", mode);
        String id = next("started").path("session").asText();
        next("partner");
        return id;
    }

    /** Asks to resume {@code session} and reads up to the {@code resumed} message. */
    public JsonNode resume(String session) {
        send("type", "resume", "session", session);
        return next("resumed");
    }

    /** Starts a session, replies once, reads the answer, then drops the connection; returns the session id. */
    public String dropAfterOneReply(String scenario, String mode, String reply) {
        String session = start(scenario, mode);
        exchange(reply);
        drop();
        return session;
    }

    public boolean open() {
        return !socket.isInputClosed() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        } catch (CompletionException alreadyClosed) {
            // The server closed first (e.g. after an oversized frame); nothing left to close politely.
            socket.abort();
        }
    }

    /** Drops the connection without a close handshake, like a lost network. */
    public void drop() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    inbox.add(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    inbox.add(JSON.createObjectNode().put("type", "not-json").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            inbox.add(JSON.createObjectNode().put("type", "closed").put("code", statusCode));
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            inbox.add(JSON.createObjectNode().put("type", "client-error").put("message", String.valueOf(error)));
        }
    }
}

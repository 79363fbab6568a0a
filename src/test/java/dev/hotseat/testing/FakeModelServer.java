package dev.hotseat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hotseat.support.Waiting;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small language-model server for tests, speaking the real wire format of OpenAI's chat completions (JSON and
 * SSE), Anthropic's messages API (SSE events) or Ollama's native /api/chat (NDJSON), so the real LangChain4j
 * client code runs against it. Each model call takes the next scripted {@link Answer} (or the default one);
 * every request body is parsed and kept for assertions.
 */
public final class FakeModelServer implements AutoCloseable {

    /** Which API the server speaks. */
    public enum Wire { OPENAI, ANTHROPIC, OLLAMA }

    /** A request the server received, with its parsed JSON body (empty object for GET). */
    public record Request(String method, String path, JsonNode body, String authorization) {
    }

    /** In a streamed chunk, replaced by System.nanoTime() as the chunk is written (for latency benchmarks). */
    public static final String NOW = "{now}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Wire wire;
    private final HttpServer server;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Answer fallback = Answer.text("Fine.");
    private volatile int listStatus = 200;

    private FakeModelServer(Wire wire) {
        this.wire = wire;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeModelServer openAi() {
        return new FakeModelServer(Wire.OPENAI);
    }

    public static FakeModelServer anthropic() {
        return new FakeModelServer(Wire.ANTHROPIC);
    }

    public static FakeModelServer ollama() {
        return new FakeModelServer(Wire.OLLAMA);
    }

    /** The base URL to give the client: ".../v1" (OpenAI), ".../v1/" (Anthropic) or the root (Ollama). */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return switch (wire) {
            case OPENAI -> root + "/v1";
            case ANTHROPIC -> root + "/v1/";
            case OLLAMA -> root;
        };
    }

    /** Queues answers for the next model calls, in order. */
    public FakeModelServer then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** The answer for every model call once the script is used up. */
    public FakeModelServer always(Answer answer) {
        fallback = answer;
        return this;
    }

    /** The status the model list (GET /models, /api/tags) answers with. */
    public FakeModelServer listStatus(int status) {
        listStatus = status;
        return this;
    }

    /** Every request received so far, model calls and model-list probes, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The model calls received so far (POSTs), oldest first. */
    public List<Request> calls() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    public JsonNode lastBody() {
        List<Request> calls = calls();
        return calls.isEmpty() ? null : calls.getLast().body();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            String auth = exchange.getRequestHeaders().getFirst(wire == Wire.ANTHROPIC ? "x-api-key" : "Authorization");
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body, auth));
            if (exchange.getRequestMethod().equals("GET")) {
                sendJson(exchange, listStatus, modelList());
                return;
            }
            Answer answer = script.poll();
            play(exchange, body, answer == null ? fallback : answer);
        } catch (IOException e) {
            // The client gave up (timeout, stall test): nothing more to send.
        }
    }

    private void play(HttpExchange exchange, JsonNode body, Answer answer) throws IOException {
        pause(answer.delay());
        if (answer.status() != 200) {
            sendJson(exchange, answer.status(), error(answer.status()));
            return;
        }
        boolean stream = body.path("stream").asBoolean(wire == Wire.OLLAMA);
        if (!stream) {
            JsonNode complete = WireFormat.complete(wire, model(body), String.join("", answer.chunks()));
            if (answer.stallAfter() >= 0) {
                stallMidBody(exchange, complete, answer.stall());
                return;
            }
            sendJson(exchange, 200, complete);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", wire == Wire.OLLAMA ? "application/x-ndjson" : "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        write(out, WireFormat.start(wire, model(body)));
        for (int i = 0; i < answer.chunks().size(); i++) {
            if (i == answer.stallAfter()) {
                pause(answer.stall());
                return;
            }
            pause(answer.perChunk());
            String chunk = answer.chunks().get(i).replace(NOW, Long.toString(System.nanoTime()));
            write(out, WireFormat.chunk(wire, model(body), chunk));
        }
        write(out, WireFormat.end(wire, model(body)));
    }

    private static void write(OutputStream out, String frames) throws IOException {
        if (!frames.isEmpty()) {
            out.write(frames.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Headers and half the body, then silence: past the JDK client's timeout, which ends at the headers. */
    private static void stallMidBody(HttpExchange exchange, JsonNode json, Duration silence) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
        exchange.getResponseBody().flush();
        pause(silence);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private JsonNode error(int status) {
        ObjectNode node = JSON.createObjectNode();
        String message = "fake server answers " + status;
        switch (wire) {
            case OPENAI -> node.putObject("error").put("message", message).put("type", "server_error");
            case ANTHROPIC -> node.put("type", "error").putObject("error").put("type", "api_error").put("message", message);
            case OLLAMA -> node.put("error", message);
        }
        return node;
    }

    private JsonNode modelList() {
        ObjectNode node = JSON.createObjectNode();
        if (wire == Wire.OLLAMA) {
            node.putArray("models").addObject().put("name", "llama3.1:latest").put("model", "llama3.1:latest");
        } else {
            node.put("object", "list").putArray("data").addObject().put("id", "fake-model").put("object", "model");
        }
        return node;
    }

    private static String model(JsonNode body) {
        return body.path("model").asText("fake-model");
    }

    private static void pause(Duration d) {
        Waiting.pause(d);
    }
}

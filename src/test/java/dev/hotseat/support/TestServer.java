package dev.hotseat.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.web.HotseatServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a free port, with a real SQLite file in {@code dataDir}. */
public final class TestServer implements AutoCloseable {
    public static final String COACH_TOKEN = "coach-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HotseatServer server;
    private boolean closed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(HotseatServer server) {
        this.server = server;
    }

    /** Fake library, keyword evaluator and echoing partner. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, Engines.offline(new KeywordEvaluator(), new FakePartner()));
    }

    /** The real offline engines (the shared MiniLM evaluator and the scripted partner) over the shipped prompts/. */
    public static TestServer withShippedPrompts(Path dataDir) {
        Engines offline = Engines.offline(SharedEvaluator.evaluator(), new ScriptedPartner(new ScenarioDirector()));
        return start(dataDir, offline, SharedEvaluator.library());
    }

    public static TestServer start(Path dataDir, Engines engines) {
        return start(dataDir, engines, new FakeLibrary());
    }

    public static TestServer start(Path dataDir, Engines engines, PromptLibrary library) {
        return start(dataDir, dataDir.resolve("no-web"), engines, library);
    }

    /** Serves the static files in {@code web} (the project's web/ for browser tests; a missing folder serves none). */
    public static TestServer start(Path dataDir, Path web, Engines engines, PromptLibrary library) {
        return new TestServer(HotseatServer.start(new HotseatServer.Setup(0, dataDir, web, library, engines,
                COACH_TOKEN)));
    }

    /** The page's own folder, web/ in the checkout. */
    public static Path page() {
        return Path.of(System.getProperty("hotseat.root", ".")).resolve("web");
    }

    public int port() {
        return server.port();
    }

    /** The address of the page, ending in a slash. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public ChatClient chat() {
        return ChatClient.connect(port());
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The body of an answer, read as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server; a second call does nothing, so a test may close early what the harness closes at the end. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.close();
        }
    }
}

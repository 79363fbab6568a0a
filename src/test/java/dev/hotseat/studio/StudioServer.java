package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.App;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The real server with the offline engines over a temporary COPY of the frozen library in
 * src/test/resources/fixture-library (the studio writes into its prompts folder; the checkout's files must never
 * change in a test, and a coach's edit of the shipped library must not fail a studio test), on a free port.
 */
public final class StudioServer implements AutoCloseable {
    public static final String TOKEN = "studio-coach-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final App server;
    private final Path prompts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StudioServer(App server, Path prompts) {
        this.server = server;
        this.prompts = prompts;
    }

    /** Copies fixtures into {@code temp} and starts the server there; {@code web} is served at / (may be missing). */
    public static StudioServer start(Path temp, Path web) {
        Path prompts = copyPrompts(temp.resolve("prompts"));
        FilePromptLibrary library = new FilePromptLibrary(prompts);
        RubricEvaluator evaluator = new RubricEvaluator(library, SharedEvaluator.reader());
        Engines engines = Engines.offline(evaluator, new ScriptedPartner(new ScenarioDirector()));
        return new StudioServer(App.start(TestServer.settings(temp.resolve("data"), "--web", web.toString(),
                "--coach-token", TOKEN), library, engines), prompts);
    }

    public static Path copyPrompts(Path target) {
        return dev.hotseat.support.FixturePrompts.copyFolder(SharedEvaluator.libraryRoot(), target);
    }

    public Path prompts() {
        return prompts;
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postBytes(String path, byte[] body, String token) {
        return postBytes(path, body, token, "application/octet-stream");
    }

    /** Asks first (Expect: 100-continue), as curl does for big bodies, so a refusal is read before the body is sent. */
    public HttpResponse<String> postBytes(String path, byte[] body, String token, String contentType) {
        return send(request(path, token).header("Content-Type", contentType).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

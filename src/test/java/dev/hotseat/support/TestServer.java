package dev.hotseat.support;

import dev.hotseat.account.UsersCommand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.App;
import dev.hotseat.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real server on a free port, with a real SQLite file in {@code dataDir}. Like one browser, it keeps one guest
 * cookie and sends it on {@link #chat()} and {@link #get}, so its sessions are its own; {@link #newGuestCookie()}
 * gives another browser's.
 */
public final class TestServer implements AutoCloseable {
    public static final String COACH_TOKEN = "coach-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final App server;
    private final Path dataDir;
    private volatile String cookie;
    private boolean closed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(App server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** Fake library, keyword evaluator and echoing partner. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, Engines.offline(new KeywordEvaluator(), new FakePartner()));
    }

    /** The real offline engines (the shared evaluator and the scripted partner) over the frozen fixture library. */
    public static TestServer withFixtureLibrary(Path dataDir) {
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
        return start(settings(dataDir, "--web", web.toString()), engines, library);
    }

    /** The page's own folder, web/ in the checkout. */
    public static Path page() {
        return Path.of(System.getProperty("hotseat.root", ".")).resolve("web");
    }

    /** On the database {@code database} names (a PostgreSQL URL), or SQLite in {@code dataDir} when it is blank. */
    public static TestServer start(Path dataDir, Engines engines, PromptLibrary library, String database) {
        return start(database.isBlank() ? settings(dataDir) : settings(dataDir, "--database", database), engines, library);
    }

    /** Fake library and the given engines, facing the network as {@code wire} says (limits, hosts). */
    public static TestServer start(Path dataDir, Engines engines, dev.hotseat.web.WireSettings wire) {
        return start(dataDir, engines, new FakeLibrary(), wire);
    }

    /** These engines and prompts, facing the network as {@code wire} says (limits, hosts, grading budget). */
    public static TestServer start(Path dataDir, Engines engines, PromptLibrary library, dev.hotseat.web.WireSettings wire) {
        return start(settings(dataDir, "--host", wire.host(), "--public-url", wire.publicUrl(),
                "--max-turns", String.valueOf(wire.maxTurns()), "--start-rate", String.valueOf(wire.startRate()),
                "--evaluate-rate", String.valueOf(wire.evaluateRate()), "--login-rate", String.valueOf(wire.loginRate()),
                "--grading-ms", String.valueOf(wire.grading().toMillis())), engines, library);
    }

    /** With {@code --accounts required}: no guests. */
    public static TestServer accountsRequired(Path dataDir) {
        return start(settings(dataDir, "--accounts", "required"),
                Engines.offline(new KeywordEvaluator(), new FakePartner()), new FakeLibrary());
    }

    /** A server as these settings say, with these engines and prompts. */
    public static TestServer start(Settings settings, Engines engines, PromptLibrary library) {
        return new TestServer(App.start(settings, library, engines), settings.data());
    }

    /**
     * What tests start with unless they say otherwise: any free port, SQLite in {@code dataDir}, the test coach
     * token, no rate limits, a grading budget of 60 s (tests check what a turn does, not how fast; the one test of
     * the budget sets it), no free-disk threshold (a test machine's disk may be small; the test of it sets one), and
     * 2 s for turns in flight when it stops (tests that hang an engine on purpose need not wait the default 20 s), no
     * limit on new guests (a test makes many from one address). {@code more} are further flags, later ones winning.
     */
    public static Settings settings(Path dataDir, String... more) {
        java.util.List<String> flags = new java.util.ArrayList<>(java.util.List.of("--port", "0", "--data",
                dataDir.toString(), "--web", dataDir.resolve("no-web").toString(), "--coach-token", COACH_TOKEN,
                "--start-rate", "0", "--evaluate-rate", "0", "--login-rate", "0", "--grading-ms", "60000",
                "--min-free-mb", "0", "--stop-seconds", "2", "--guest-rate", "0", "--guests-per-day", "0"));
        flags.addAll(java.util.List.of(more));
        return Settings.parse(flags.toArray(String[]::new), java.util.Map.of());
    }

    public int port() {
        return server.port();
    }

    /** Every route of the server, with who may call it. */
    public java.util.List<dev.hotseat.route.Route> routes() {
        return server.routes();
    }

    /** Adds an account with {@code users add}, as an administrator would, on this server's database. */
    public void addUser(String name, String role, String password) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = UsersCommand.run(new String[] {"add", name, "--role", role, "--data", dataDir.toString()},
                new java.io.ByteArrayInputStream((password + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(out), new java.io.PrintStream(out), java.util.Map.of());
        if (code != 0) {
            throw new AssertionError("users add " + name + " failed: " + out);
        }
    }

    /** The address of the page, ending in a slash. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Signs in through {@code POST /api/login} (with no cookie) and returns the account's cookie. */
    public String signIn(String name, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}"))
                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError("Sign-in as " + name + " failed: " + response.statusCode() + " " + response.body());
        }
        return cookieFrom(response);
    }

    /** A socket carrying this server's own browser cookie. */
    public ChatClient chat() {
        return ChatClient.connect(port(), cookie());
    }

    /** A socket from another browser (a fresh guest). */
    public ChatClient chatAs(String otherCookie) {
        return ChatClient.connect(port(), otherCookie);
    }

    /** This test's browser cookie ("hotseat=…"), made on first use through {@code GET /api/me}. */
    public synchronized String cookie() {
        if (cookie == null) {
            cookie = newGuestCookie();
        }
        return cookie;
    }

    /** The browser cookie, if this server already made one. */
    public synchronized java.util.Optional<String> cookieIfMade() {
        return java.util.Optional.ofNullable(cookie);
    }

    /** The same browser coming back to a restarted server: it brings the cookie it had. */
    public synchronized void useCookie(String browserCookie) {
        cookie = browserCookie;
    }

    /** A new guest's cookie, as a second browser would get it. */
    public String newGuestCookie() {
        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/me")).GET().build());
        return cookieFrom(me);
    }

    /** The {@code name=value} part of a response's Set-Cookie. */
    public static String cookieFrom(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new AssertionError("No Set-Cookie in " + response));
        return header.substring(0, header.indexOf(';'));
    }

    /** GET with this test's browser cookie, unless the headers bring their own Cookie. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(withCookie(HttpRequest.newBuilder(uri(path)).GET(), headers).build());
    }

    /** GET with exactly these headers and no cookie. */
    public HttpResponse<String> getBare(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(withCookie(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers).build());
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(withCookie(HttpRequest.newBuilder(uri(path)).DELETE(), headers).build());
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request, String... headers) {
        boolean own = false;
        for (int i = 0; i < headers.length; i += 2) {
            own |= headers[i].equalsIgnoreCase("Cookie");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (!own) {
            request.header("Cookie", cookie());
        }
        return request;
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

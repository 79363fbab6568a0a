package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.conversation.Engines;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.route.Route;
import dev.hotseat.support.FixturePrompts;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No answer names a library (issue 22, item 6): every route that takes a body, read from the route table, gets bodies
 * a parser chokes on (nested too deep, keys and numbers too long, wrong types, not JSON at all) with the coach's
 * credential, so each reaches its handler; no answer may name a Java class or a library, and none may be a bare 500.
 */
@Timeout(120)
class NoLibraryNamesTest {
    /** A Java class or package name ("com.fasterxml.jackson...", "java.lang.String") or a library by name. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$]+|jackson|fasterxml|javalin|jetty|hikari|sqlite\\.|Exception\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> BODIES = List.of(
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "{\"" + "k".repeat(60_000) + "\":1}",
            "{\"text\":" + "9".repeat(20_000) + "}",
            "{\"reply\":5,\"name\":[],\"password\":{},\"text\":true,\"base\":null,\"learners\":\"x\",\"marks\":7}",
            "{\"mode\":\"customer\",\"reply\":\"hi\"} trailing",
            "\"just a string\"",
            "{\"turn\":1e400,\"score\":-1e999,\"pass\":\"maybe\"}",
            "{\"text\":\"---\\nid: ../../etc/passwd\\nfrom: template:../../x\\n---\\n\"}",
            "nul\u0000l");
    @TempDir
    Path dir;

    @Test
    void malformedBodiesToEveryRoute_getAnswersThatNameNoLibrary_andNoBare500() throws Exception {
        Path prompts = FixturePrompts.copy(dir.resolve("prompts"));
        Engines engines = Engines.offline(new KeywordEvaluator(), new FakePartner());
        try (TestServer server = TestServer.start(dir.resolve("data"), engines, new FilePromptLibrary(prompts))) {
            String session;
            try (ChatClient chat = server.chat()) {
                session = chat.start("late-parcel", "practice");
                chat.exchange("I'm sorry, let me check.");
            }
            List<String> wrong = new ArrayList<>();
            for (Route route : server.routes().stream().filter(Route::changesState).toList()) {
                String path = route.path().replace("{kind}", "scenarios").replace("{version}", "1")
                        .replace("{name}", "team").replace("{id}", route.path().contains("sessions") ? session
                                : route.path().contains("rubrics") ? "customer" : "late-parcel");
                for (String body : BODIES) {
                    // A refusal may close its connection with the body unread: each request asks first (Expect:
                    // 100-continue, so a refusal is read before the body is sent) on a client of its own (so no
                    // later request goes down a closing connection and fails with no answer).
                    HttpResponse<String> answer;
                    try (HttpClient http = HttpClient.newHttpClient()) {
                        answer = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                                .expectContinue(true)
                                .method(route.method(), HttpRequest.BodyPublishers.ofString(body))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + TestServer.COACH_TOKEN).build(),
                                HttpResponse.BodyHandlers.ofString());
                    }
                    String shown = route.method() + " " + path.replace(session, "{session}") + " with "
                            + body.substring(0, Math.min(30, body.length())) + "…: " + answer.statusCode() + " ";
                    if (INTERNALS.matcher(answer.body()).find()) {
                        wrong.add(shown + "names internals: " + answer.body().substring(0, Math.min(300, answer.body().length())));
                    } else if (answer.statusCode() == 500 && !route.anyBody()) {
                        wrong.add(shown + "a bare 500: " + answer.body());
                    }
                }
            }

            assertEquals(List.of(), wrong);
        }
    }
}

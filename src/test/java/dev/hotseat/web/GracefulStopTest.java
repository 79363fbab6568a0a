package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.conversation.Engines;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping as a deploy does (issue 22, item 6): the server takes nothing new, answers the turn in flight, then closes
 * every socket with 1012 "restarting", so the page reconnects and resumes instead of seeing a dropped line (1006).
 */
@Timeout(120)
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void closingTheServerMidTurn_answersTheTurnFirst_thenClosesTheSocketWith1012() throws Exception {
        // The persona takes 1.5 s over every line, so the turn is still running when the server is told to stop.
        Engines slow = Engines.offline(new KeywordEvaluator(), new FakePartner(1_500));
        TestServer server = TestServer.start(TestServer.settings(dir, "--stop-seconds", "20"), slow,
                new dev.hotseat.support.FakeLibrary());
        try (ChatClient chat = server.chat()) {
            chat.start("late-parcel", "practice");
            chat.reply("r1", "I'm sorry, let me check the courier.");
            chat.next("stored");
            Thread stopping = Thread.ofPlatform().start(server::close);

            JsonNode partner = chat.next("partner");
            JsonNode closed = chat.next("closed");
            stopping.join();

            assertEquals(2, partner.path("turn").asInt(), partner.toString());
            assertEquals(1012, closed.path("code").asInt(), closed.toString());
        }
    }

    @Test
    void sigterm_answersTheTurnInFlight_thenClosesTheSocketWith1012() throws Exception {
        // A real JVM running Main, whose persona is a model that takes 3 s over its second line.
        try (FakeModelServer model = FakeModelServer.openAi()
                .then(Answer.text("Where ", "is ", "my ", "parcel?"))
                .then(Answer.text("Fine, ", "check ", "it.").after(Duration.ofSeconds(3)))) {
            Process process = launch(model.baseUrl());
            try (ChatClient chat = ChatClient.connect(port(process))) {
                chat.start("late-parcel", "practice");
                chat.reply("r1", "I'm sorry, let me check the courier.");
                chat.next("stored");

                process.destroy();
                JsonNode partner = chat.next("partner");
                JsonNode closed = chat.next("closed");

                assertEquals("Fine, check it.", partner.path("text").asText(), partner.toString());
                assertEquals(1012, closed.path("code").asInt(), closed.toString());
            } finally {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private Process launch(String modelUrl) throws Exception {
        Path root = Path.of(System.getProperty("hotseat.root", ".")).toAbsolutePath();
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main",
                "--port", "0", "--data", dir.resolve("data").toString(), "--web", dir.resolve("none").toString(),
                "--prompts", root.resolve("src/test/resources/fixture-prompts").toString(), "--coach-token", "t",
                "--llm", "openai", "--base-url", modelUrl, "--model", "fake", "--api-key", "k"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int port(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("Listening on http://127.0.0.1:")) {
                return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
            }
        }
        throw new AssertionError("The server stopped before listening (exit " + process.waitFor() + ")");
    }
}

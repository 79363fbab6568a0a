package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs Main in its own JVM, as `java -jar` would. */
@Timeout(60)
class MainTest {
    @TempDir
    Path dir;

    private Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.hotseat.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    /** Starts the server with {@code args}, reads the first {@code count} lines it prints, then stops it. */
    private List<String> firstLines(int count, String... args) throws Exception {
        Process server = launch(args);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lines.add(out.readLine());
            }
            return lines;
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void portZero_printsTheChosenPortOnce() throws Exception {
        String line = firstLines(1, "--port", "0", "--data", dir.resolve("data").toString(), "--coach-token", "t").get(0);

        assertTrue(line.matches("Listening on http://127\\.0\\.0\\.1:[1-9][0-9]*"), line);
    }

    @Test
    void withoutCoachToken_aRandomOneIsPrintedBeforeListening() throws Exception {
        List<String> lines = firstLines(2, "--port", "0", "--data", dir.resolve("data").toString());

        assertTrue(lines.get(0).matches("Coach token: [0-9a-f]{36}"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Listening on http://127.0.0.1:"), lines.get(1));
    }

    @Test
    void unknownFlag_exitsWithCode2_andOneClearLine() throws Exception {
        Process run = launch("--colour", "blue");

        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, run.waitFor());
        assertTrue(err.startsWith("Unknown flag '--colour'") && !err.contains("\n"), err);
    }

    @Test
    void help_printsEveryCommandAndFlag_andExitsWithCode0() throws Exception {
        for (String asked : new String[] {"--help", "-h", "help"}) {
            Process run = launch(asked);

            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, run.waitFor(), asked);
            assertTrue(out.contains("users reset NAME") && out.contains("HOTSEAT_GUESTS_PER_DAY"), out);
        }
    }

    @Test
    void portAlreadyTaken_exitsWithCode1_andOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Process run = launch("--port", String.valueOf(taken.getLocalPort()), "--data", dir.resolve("data").toString());

            assertEquals(1, run.waitFor());
            String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            String last = err.lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("Hotseat could not start: "), err);
            assertTrue(!err.contains("\tat "), "no stack trace: " + err);
        }
    }

    @Test
    void lint_checksThePromptFolder_andExitsWithItsCode() throws Exception {
        // The test's own prompt files: the shipped library is linted by LintCommandTest alone, so a coach's edit fails only that.
        Path prompts = Path.of(System.getProperty("hotseat.root", ".")).resolve("src/test/resources/fixture-prompts").toAbsolutePath();
        Process good = launch("lint", prompts.toString());
        String out = new String(good.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // the exit code is the lint's verdict
        assertEquals(out.contains(" 0 failed, 0 file problems") ? 0 : 1, good.waitFor(), out);
        assertTrue(out.contains("late-parcel") && out.contains("4 scenarios"), out);

        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("scenarios"));
        Files.writeString(broken.resolve("scenarios/oops.md"), "---\nid: oops\nmode: sales\n---\n");
        assertTrue(launch("lint", broken.toString()).waitFor() != 0);
    }

    @Test
    void languageModelWithoutModelName_exitsWithCode2_namingTheFlag() throws Exception {
        Process run = launch("--llm", "openai", "--data", dir.resolve("data").toString());

        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, run.waitFor());
        // Earlier lines are the embedding library's start-up log; the verdict is the last line, without a stack trace.
        assertTrue(err.lines().reduce((a, b) -> b).orElse("").contains("--model") && !err.contains("\tat "), err);
    }

    @Test
    void unreachableLanguageModel_isReported_andTheServerStillStarts() throws Exception {
        List<String> lines = firstLines(2, "--port", "0", "--data", dir.resolve("data").toString(), "--coach-token", "t",
                "--llm", "openai", "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--connect-timeout", "1");

        assertTrue(lines.get(0).startsWith("Language model not ready") && lines.get(0).contains("127.0.0.1:9"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Listening on http://127.0.0.1:"), lines.get(1));
    }
}

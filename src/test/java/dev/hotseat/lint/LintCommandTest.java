package dev.hotseat.lint;

import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.ScenarioTexts;
import dev.hotseat.persona.TestPrompts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shippedLibrary_passes_withOneLinePerScenario() {
        Path prompts = TestPrompts.copyOfShipped(dir);

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        System.out.print(output());
        assertEquals(0, exit, output());
        assertTrue(output().contains("late-parcel"), output());
        assertTrue(output().lines().filter(l -> l.startsWith("ok ")).count()
                == new FilePromptLibrary(prompts).scenarios().size(), output());
        assertTrue(output().matches("(?s).*good rep: resolved in \\d+ replies; bad rep: walked out in \\d+.*"),
                output());
    }

    @Test
    void brokenFile_failsTheLint_andIsNamedWithFileAndLine() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        String text = TestPrompts.edit(prompts, "scenarios/late-parcel.md", "difficulty: medium", "difficulty: tricky");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        int line = ScenarioTexts.lineOf(text, "difficulty: tricky");
        assertTrue(output().contains("scenarios/late-parcel.md:" + line + ": "), output());
    }

    @Test
    void scenarioThatCannotBeResolved_failsTheLint() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        Path file = prompts.resolve("scenarios/late-parcel.md");
        String text = TestPrompts.read(file)
                .replace("acceptedIf: [courier, same-day, same day, tonight, this evening, first thing tomorrow,"
                        + " before the wedding, collect, pick it up, in time]", "acceptedIf: [teleport]");
        TestPrompts.write(prompts, "scenarios/late-parcel.md", text);

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        assertTrue(output().lines().anyMatch(l -> l.startsWith("FAIL") && l.contains("late-parcel")
                && l.contains("no offer can meet the want")), output());
    }

    @Test
    void shippedLibrary_passes_withTheRealOfflineEvaluator() {
        int exit = LintCommand.run(new String[] {TestPrompts.shipped().toString()}, out);

        assertEquals(0, exit, output());
        assertTrue(output().contains("0 failed, 0 file problems"), output());
    }

    @Test
    void folder_comesFromTheArgument_orTheFlag() {
        assertEquals(Path.of("x"), LintCommand.folder(new String[] {"x"}));
        assertEquals(Path.of("y"), LintCommand.folder(new String[] {"--prompts", "y"}));
    }
}

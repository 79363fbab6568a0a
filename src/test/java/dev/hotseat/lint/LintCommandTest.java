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
    void lineThatGivesAwayAHiddenFact_isNamedWithFileAndLine() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        String text = TestPrompts.edit(prompts, "scenarios/late-parcel.md", "    - \"It was due {promised_for}.\"",
                "    - \"It was due {promised_for}. My sister's wedding is tomorrow.\"");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        int line = ScenarioTexts.lineOf(text, "My sister's wedding is tomorrow.");
        assertTrue(output().contains("scenarios/late-parcel.md:" + line + ": lines.details gives away hidden fact"
                + " 'event'"), output());
    }

    @Test
    void angerWithoutAReaction_isNamed() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        TestPrompts.edit(prompts, "scenarios/late-parcel.md", "angers:\n",
                "angers:\n  - being read the small print out loud\n");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        assertTrue(output().contains("anger 1 ('being read the small print out loud') has no reaction"), output());
    }

    @Test
    void lineThatDropsTheRepsWordsIntoASentence_orABareKeyword_isNamed() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        TestPrompts.edit(prompts, "scenarios/late-parcel.md", "  already-told:\n",
                "  promise:\n    - \"Hello? The {promised}. That is still happening, yes?\"\n  already-told:\n");
        TestPrompts.edit(prompts, "scenarios/late-parcel.md", "  acceptedIf:\n",
                "  acceptedIf:\n    - \"tonight\"\n");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        assertTrue(output().contains("lines.promise drops the rep's own words into a sentence"), output());
        assertTrue(output().contains("wants.acceptedIf 'tonight' is a bare keyword"), output());
    }

    @Test
    void shippedLibrary_playsAsIntended_withTheRealOfflineEvaluator_butForTheKnownMisses() {
        int exit = LintCommand.run(new String[] {TestPrompts.shipped().toString()}, out);

        java.util.Set<String> failed = new java.util.TreeSet<>();
        output().lines().filter(l -> l.startsWith("FAIL ")).forEach(l -> failed.add(l.substring(5).strip().split("\\s+")[0]));
        assertEquals(dev.hotseat.support.KnownDriveMisses.ids(), failed, output());
        assertTrue(output().contains(failed.size() + " failed, 0 file problems"), output());
        assertEquals(failed.isEmpty() ? 0 : 1, exit, output());
    }

    @Test
    void folder_comesFromTheArgument_orTheFlag() {
        assertEquals(Path.of("x"), LintCommand.folder(new String[] {"x"}));
        assertEquals(Path.of("y"), LintCommand.folder(new String[] {"--prompts", "y"}));
    }
}

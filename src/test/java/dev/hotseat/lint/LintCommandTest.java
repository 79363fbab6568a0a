package dev.hotseat.lint;

import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.ScenarioTexts;
import dev.hotseat.persona.TestPrompts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint, and the one test that reads the shipped {@code prompts/}: a coach's edit there can fail this class and no
 * other. The tests named {@code shippedLibrary_*} check the shipped files play as intended (but for the known misses in
 * {@code src/test/resources/known-drive-misses.txt}); the others check the lint itself on a copy of the frozen library
 * in {@code src/test/resources/fixture-library}. {@code FixturesOnlyTest} keeps every other test off the shipped folder.
 */
class LintCommandTest {

    @TempDir
    Path dir;

    /** The shipped library, as coaches edit it. */
    private static Path shipped() {
        return Path.of(System.getProperty("hotseat.root", ".")).resolve("prompts");
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shippedLibrary_passes_withOneLinePerScenario() {
        Path prompts = TestPrompts.copyOf(shipped(), dir);

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
        Path prompts = TestPrompts.copyOfLibrary(dir);
        String text = TestPrompts.edit(prompts, "scenarios/late-parcel.md", "difficulty: medium", "difficulty: tricky");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        int line = ScenarioTexts.lineOf(text, "difficulty: tricky");
        assertTrue(output().contains("scenarios/late-parcel.md:" + line + ": "), output());
    }

    @Test
    void lineThatGivesAwayAHiddenFact_isNamedWithFileAndLine() {
        Path prompts = TestPrompts.copyOfLibrary(dir);
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
        Path prompts = TestPrompts.copyOfLibrary(dir);
        TestPrompts.edit(prompts, "scenarios/late-parcel.md", "angers:\n",
                "angers:\n  - being read the small print out loud\n");

        int exit = new LintCommand(new CueEvaluator()).lint(prompts, out);

        assertEquals(1, exit, output());
        assertTrue(output().contains("anger 1 ('being read the small print out loud') has no reaction"), output());
    }

    @Test
    void lineThatDropsTheRepsWordsIntoASentence_orABareKeyword_isNamed() {
        Path prompts = TestPrompts.copyOfLibrary(dir);
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
        int exit = LintCommand.run(new String[] {shipped().toString()}, out);

        java.util.Set<String> failed = new java.util.TreeSet<>();
        output().lines().filter(l -> l.startsWith("FAIL ")).forEach(l -> failed.add(l.substring(5).strip().split("\\s+")[0]));
        assertEquals(dev.hotseat.support.KnownDriveMisses.ids(), failed, output());
        assertTrue(output().contains(failed.size() + " failed, 0 file problems"), output());
        assertEquals(failed.isEmpty() ? 0 : 1, exit, output());
    }

    @Test
    void shippedLibrary_loadsWithoutProblems_inBothModes() {
        FilePromptLibrary library = new FilePromptLibrary(shipped());

        assertEquals("[]", library.problems().toString());
        assertTrue(library.scenarios().stream().anyMatch(s -> s.mode() == Mode.CUSTOMER));
        assertTrue(library.scenarios().stream().anyMatch(s -> s.mode() == Mode.INTERVIEW));
    }

    @Test
    void shippedLibrary_briefingsShowThePolicy_butNeverAHiddenFact() {
        for (Scenario s : new FilePromptLibrary(shipped()).scenarios()) {
            for (Scenario.HiddenFact fact : s.hiddenFacts()) {
                assertFalse(s.briefing().contains(fact.text()), s.id() + " leaks " + fact.id());
            }
            s.policy().forEach(item -> assertTrue(s.briefing().contains(item.strip()), s.id() + ": " + item));
        }
    }

    @Test
    void shippedLibrary_scenariosHaveEnoughOpeningsAndDetails() {
        for (Scenario s : new FilePromptLibrary(shipped()).scenarios()) {
            assertEquals("", LintJudge.variants(s), s.id());
        }
    }

    @Test
    void folder_comesFromTheArgument_orTheFlag() {
        assertEquals(Path.of("x"), LintCommand.folder(new String[] {"x"}));
        assertEquals(Path.of("y"), LintCommand.folder(new String[] {"--prompts", "y"}));
    }
}

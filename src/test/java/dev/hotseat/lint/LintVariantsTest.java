package dev.hotseat.lint;

import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.TestPrompts;


import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: lint checks a scenario has enough variants for two sessions to differ. That every shipped scenario has
 * them is {@code LintCommandTest}'s to check (the one test that reads the shipped library).
 */
class LintVariantsTest {
    @TempDir
    Path dir;

    @Test
    void scenarioWithOneOpening_isNamedWithWhatToWrite() {
        Scenario parcel = new FilePromptLibrary(TestPrompts.copyOfLibrary(dir)).scenario("late-parcel");
        Map<String, List<String>> lines = new LinkedHashMap<>(parcel.lines());
        lines.put("opening", List.of("Where is my parcel?"));
        lines.remove("details");
        Scenario thin = new Scenario(parcel.id(), parcel.mode(), parcel.title(), parcel.difficulty(), parcel.summary(),
                parcel.briefing(), parcel.persona(), parcel.situation(), parcel.facts(), parcel.hiddenFacts(),
                parcel.wants(), parcel.policy(), parcel.angers(), parcel.mood(), lines, parcel.questions(),
                parcel.style(), parcel.instructions(), parcel.rubric(), parcel.file(), parcel.beyondPolicy());

        String problems = LintJudge.variants(thin);

        assertTrue(problems.contains("only 1 opening(s): write at least 3"), problems);
        assertTrue(problems.contains("only 0 details"), problems);
    }
}

package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader on a whole library: the frozen copy in {@code src/test/resources/fixture-library}, which the other tests
 * play. That the shipped {@code prompts/} loads and keeps its hidden facts hidden is {@code lint/LintCommandTest}'s to
 * check (the one test that reads it).
 */
class FixtureLibraryTest {

    @TempDir
    Path dir;

    @Test
    void fixtureScenarios_allLoad_withoutProblems() {
        // given the frozen library
        FilePromptLibrary library = new FilePromptLibrary(TestPrompts.copyOfLibrary(dir));

        // when it is read, then nothing is wrong and both modes are present
        assertEquals("[]", library.problems().toString());
        assertTrue(library.scenarios().stream().anyMatch(s -> s.mode() == Mode.CUSTOMER));
        assertTrue(library.scenarios().stream().anyMatch(s -> s.mode() == Mode.INTERVIEW));
    }

    @Test
    void briefing_showsThePolicy_butNeverAHiddenFact() {
        FilePromptLibrary library = new FilePromptLibrary(TestPrompts.copyOfLibrary(dir));

        for (Scenario s : library.scenarios()) {
            for (Scenario.HiddenFact fact : s.hiddenFacts()) {
                assertFalse(s.briefing().contains(fact.text()), s.id() + " leaks " + fact.id());
            }
            s.policy().forEach(item -> assertTrue(s.briefing().contains(item.strip()), s.id() + ": " + item));
        }
    }

    @Test
    void instructions_comeFromTheMarkdownBody() {
        FilePromptLibrary library = new FilePromptLibrary(TestPrompts.copyOfLibrary(dir));

        Scenario parcel = library.scenario("late-parcel");

        assertTrue(parcel.instructions().startsWith("You are Dana"), parcel.instructions());
        assertFalse(parcel.instructions().contains("hiddenFacts:"));
    }
}

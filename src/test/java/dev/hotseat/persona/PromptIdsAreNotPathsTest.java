package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids in prompt files and in lookups are names in the loaded library, never paths on disk. */
class PromptIdsAreNotPathsTest {
    private static final List<String> HOSTILE = List.of("../scenarios/good", "../../etc/passwd", "/etc/passwd",
            "%2e%2e%2fgood", "good/../good", "GOOD", "göod", "good\u0000", "good.md", "a".repeat(5_000));

    @TempDir
    Path dir;

    private FilePromptLibrary libraryWith(String file, String text) {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/good.md", ScenarioTexts.customer("good"));
        TestPrompts.write(prompts, "templates/evaluator.md", "Grade it.");
        if (file != null) {
            TestPrompts.write(prompts, file, text);
        }
        return new FilePromptLibrary(prompts);
    }

    @Test
    void lookupsWithPathLikeIds_findNothing_andQuoteTheIdShortly() {
        FilePromptLibrary library = libraryWith(null, null);

        for (String id : HOSTILE) {
            UnknownScenarioException e = assertThrows(UnknownScenarioException.class, () -> library.scenario(id), id);
            assertTrue(e.getMessage().length() < 300, "a long id is quoted shortly: " + e.getMessage().length());
            assertThrows(UnknownRubricException.class, () -> library.rubric(id), id);
            assertThrows(UnknownTemplateException.class, () -> library.template(id), id);
        }
        assertEquals("good", library.scenario("good").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../good", "/etc/passwd", "good/..", "Good", "göod", "..", "good.md"})
    void scenarioFileWhoseIdIsAPath_isLeftOut_withAProblemAtTheIdLine(String id) {
        String text = ScenarioTexts.customer("good").replace("id: good", "id: \"" + id + "\"");

        FilePromptLibrary library = libraryWith("scenarios/good.md", text);

        PromptProblem problem = library.problems().getFirst();
        assertEquals("scenarios/good.md", problem.file());
        assertEquals(2, problem.line(), problem.toString());
        assertThrows(UnknownScenarioException.class, () -> library.scenario(id));
        assertThrows(UnknownScenarioException.class, () -> library.scenario("good"));
    }

    @Test
    void scenarioWhoseRubricIsAPath_isLeftOut_withAProblemAtTheRubricLine() {
        String text = ScenarioTexts.customer("good").replace("rubric: customer", "rubric: ../rubrics/customer");

        FilePromptLibrary library = libraryWith("scenarios/good.md", text);

        PromptProblem problem = library.problems().getFirst();
        assertEquals(ScenarioTexts.lineOf(text, "rubric: ../rubrics/customer"), problem.line(), problem.toString());
        assertThrows(UnknownScenarioException.class, () -> library.scenario("good"));
    }
}

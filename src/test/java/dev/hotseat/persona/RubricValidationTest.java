package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricValidationTest {

    @TempDir
    Path dir;

    private static final String RUBRIC = """
            ---
            id: tone
            mode: customer
            title: Tone only
            criteria:
              - id: warmth
                polarity: positive
                name: Warmth
                tip: Sound like a person.
                cues: ["\\\\bglad\\\\b"]
              - id: sarcasm
                polarity: negative
                name: Sarcasm
                tip: Drop the edge.
            ---
            """;

    private List<PromptProblem> problems(String rubric) {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "rubrics/tone.md", rubric);
        return new FilePromptLibrary(prompts).problems();
    }

    @Test
    void validRubric_loadsWithDefaults() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "rubrics/tone.md", RUBRIC);

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(List.of(), library.problems());
        assertEquals(1, library.rubric("tone").criterion("warmth").orElseThrow().weight());
    }

    @Test
    void duplicateCriterionId_isReported_atTheSecondOne() {
        String text = RUBRIC.replace("id: sarcasm", "id: warmth");

        List<PromptProblem> problems = problems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ScenarioTexts.lineOf(text, "polarity: negative") - 1, problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("defined twice"));
    }

    @Test
    void badPolarity_isReported_atItsLine() {
        String text = RUBRIC.replace("polarity: negative", "polarity: bad");

        PromptProblem problem = problems(text).getFirst();

        assertEquals(ScenarioTexts.lineOf(text, "polarity: bad"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("positive, negative"), problem.message());
    }

    @Test
    void brokenCuePattern_isReported_atItsLine() {
        String text = RUBRIC.replace("cues: [\"\\\\bglad\\\\b\"]", "cues:\n      - \"(glad\"");

        PromptProblem problem = problems(text).getFirst();

        assertEquals(ScenarioTexts.lineOf(text, "(glad"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("not a valid regular expression"), problem.message());
    }

    @Test
    void scenarioFollowUp_keyedByAnUnknownCriterion_isReported() {
        Path prompts = TestPrompts.copyOfShipped(dir);
        String text = TestPrompts.edit(prompts, "scenarios/service-rep-warm.md", "    followup:\n", "    folowup:\n");

        List<PromptProblem> problems = new FilePromptLibrary(prompts).problems();

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ScenarioTexts.lineOf(text, "folowup:"), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("unknown key 'folowup'"), problems.toString());
    }

    @Test
    void learnedThreshold_inTheFile_reachesTheCriterion() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "rubrics/tone.md", RUBRIC.replace("name: Warmth", "name: Warmth\n    learned: 0.6"));

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(List.of(), library.problems());
        assertEquals(0.6, library.rubric("tone").criterion("warmth").orElseThrow().learned());
    }

    @Test
    void learnedThresholdOutOfRange_isReported_atItsLine() {
        String text = RUBRIC.replace("name: Warmth", "name: Warmth\n    learned: 2");

        List<PromptProblem> problems = problems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ScenarioTexts.lineOf(text, "learned: 2"), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("between 0 and 1"));
    }
}

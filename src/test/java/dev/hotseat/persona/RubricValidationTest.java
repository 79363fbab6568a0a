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
    void oldPatternKeys_stillLoad_withAdviceAtTheirCriterion() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "rubrics/tone.md", RUBRIC);

        Rubric rubric = new FilePromptLibrary(prompts).rubric("tone");

        PromptProblem advice = rubric.advice().stream().filter(a -> a.message().contains("cues")).findFirst()
                .orElseThrow(() -> new AssertionError(rubric.advice().toString()));
        assertEquals(ScenarioTexts.lineOf(RUBRIC, "- id: warmth"), advice.line(), advice.toString());
        assertTrue(advice.message().contains("examples"), advice.message());
    }

    @Test
    void roleThatContradictsPolarity_isReported_atItsLine() {
        String text = RUBRIC.replace("name: Sarcasm", "name: Sarcasm\n    role: heard");

        List<PromptProblem> problems = problems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ScenarioTexts.lineOf(text, "role: heard"), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("habit"), problems.getFirst().message());
    }

    @Test
    void sharesThatDoNotAddUpTo100_areReported() {
        String text = RUBRIC.replace("criteria:", "scoring:\n  shares: {heard: 40, action: 40}\ncriteria:");

        List<PromptProblem> problems = problems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().message().contains("add up to 80"), problems.getFirst().message());
    }

    @Test
    void rolesAndShares_inTheFile_reachTheRubric() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "rubrics/tone.md", RUBRIC.replace("name: Warmth", "name: Warmth\n    role: heard")
                .replace("criteria:", "scoring:\n  shares: {heard: 60, action: 40}\n  withoutAction: 30\ncriteria:"));

        Rubric rubric = new FilePromptLibrary(prompts).rubric("tone");

        assertEquals(Role.HEARD, rubric.criterion("warmth").orElseThrow().role());
        assertEquals(Role.HABIT, rubric.criterion("sarcasm").orElseThrow().role());
        assertEquals(60, rubric.scoring().share(Role.HEARD));
        assertEquals(30, rubric.scoring().withoutAction());
    }

    @Test
    void scenarioFollowUp_keyedByAnUnknownCriterion_isReported() {
        Path prompts = TestPrompts.copyOfLibrary(dir);
        String text = TestPrompts.edit(prompts, "scenarios/service-rep-warm.md", "    followup:\n", "    folowup:\n");

        List<PromptProblem> problems = new FilePromptLibrary(prompts).problems();

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ScenarioTexts.lineOf(text, "folowup:"), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("unknown key 'folowup'"), problems.toString());
    }

    @Test
    void unknownMoment_isReported_atItsLine() {
        String text = RUBRIC.replace("name: Warmth", "name: Warmth\n    moments: [venting]");

        List<PromptProblem> problems = problems(text);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().message().contains("complaint, pushback or closing"), problems.getFirst().message());
    }
}

package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioValidationTest {

    @TempDir
    Path dir;

    /** Writes the text as scenarios/shoes.md beside a valid scenario and returns the single problem. */
    private PromptProblem onlyProblem(String text) {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/good.md", ScenarioTexts.customer("good"));
        TestPrompts.write(prompts, "scenarios/shoes.md", text);
        FilePromptLibrary library = new FilePromptLibrary(prompts);
        List<PromptProblem> problems = library.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("good", library.scenario("good").id(), "a broken file must not stop the others");
        assertThrows(UnknownScenarioException.class, () -> library.scenario("shoes"));
        assertEquals("scenarios/shoes.md", problems.getFirst().file());
        return problems.getFirst();
    }

    private static String shoes() {
        return ScenarioTexts.customer("shoes");
    }

    @Test
    void validFile_loads_withNoProblems() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/shoes.md", shoes());

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(List.of(), library.problems());
        assertEquals("Sam", library.scenario("shoes").persona().name());
    }

    @Test
    void badYaml_isReported_atItsLine() {
        String text = shoes().replace("  name: Sam", "  name: Sam\n name: Bad indent");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "Bad indent"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("indentation"), problem.message());
    }

    @Test
    void unknownKey_isReported_atItsLine_withTheKnownKeys() {
        String text = shoes().replace("situation:", "situaton:");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "situaton:"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("unknown key 'situaton'"), problem.message());
        assertTrue(problem.message().contains("situation"), problem.message());
    }

    @Test
    void missingRequiredKey_isReported_withWhatToAdd() {
        String text = shoes().replace("summary: Shoes arrived in the wrong size.\n", "");

        PromptProblem problem = onlyProblem(text);

        assertTrue(problem.message().contains("missing required key 'summary'"), problem.message());
        assertTrue(problem.line() >= 1, problem.toString());
    }

    @Test
    void wrongType_isReported_atItsLine() {
        String text = shoes().replace("policy:\n  - Free exchange by post.", "policy:\n  first: Free exchange");

        PromptProblem problem = onlyProblem(text);

        int policyLine = ScenarioTexts.lineOf(text, "policy:");
        assertTrue(problem.line() == policyLine || problem.line() == policyLine + 1, problem.toString());
        assertTrue(problem.message().contains("policy") && problem.message().contains("wrong shape"), problem.message());
    }

    @Test
    void badEnumValue_isReported_atItsLine_withTheKnownValues() {
        String text = shoes().replace("difficulty: medium", "difficulty: hardest");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "difficulty:"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("'hardest'") && problem.message().contains("easy, medium, hard"),
                problem.message());
    }

    @Test
    void duplicateKey_isReported_atTheSecondOne() {
        String text = shoes().replace("title: Wrong size shoes", "title: Wrong size shoes\ntitle: Again");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "title: Again"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("'title' appears twice"), problem.message());
    }

    @Test
    void duplicateHiddenFactId_isReported_atTheSecondId() {
        String text = shoes().replace("    askedBy: [party, when, need]",
                "    askedBy: [party, when, need]\n  - id: party\n    text: Again.\n    askedBy: [again]");

        PromptProblem problem = onlyProblem(text);

        assertTrue(problem.message().contains("'party' is used twice"), problem.message());
        assertEquals(lineOfSecond(text, "- id: party"), problem.line());
    }

    private static int lineOfSecond(String text, String needle) {
        String[] lines = text.split("\n");
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && ++seen == 2) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void unknownRubric_isReported_atTheRubricLine() {
        String text = shoes().replace("rubric: customer", "rubric: customers");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "rubric: customers"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("rubric 'customers' does not exist"), problem.message());
        assertTrue(problem.message().contains("customer, interview"), problem.message());
    }

    @Test
    void placeholderNamingNoFact_isReported_atThatLine() {
        String text = shoes().replace("press: [\"What will you do?\"]", "press:\n    - \"Fine.\"\n"
                + "    - \"What about {ordr}?\"");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "{ordr}"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("{ordr}") && problem.message().contains("{order}"), problem.message());
    }

    @Test
    void missingRequiredLineGroup_isReported_byName() {
        String text = shoes().replace("  pushback: [\"Really?\"]\n", "");

        PromptProblem problem = onlyProblem(text);

        assertTrue(problem.message().contains("lines.pushback"), problem.message());
        assertEquals(ScenarioTexts.lineOf(text, "lines:"), problem.line(), problem.toString());
    }

    @Test
    void idThatDiffersFromTheFileName_isReported_atTheIdLine() {
        String text = ScenarioTexts.customer("sneakers");

        PromptProblem problem = onlyProblem(text);

        assertEquals(2, problem.line(), problem.toString());
        assertTrue(problem.message().contains("must equal the file name"), problem.message());
    }

    @Test
    void fileWithoutHeader_isReported_atLineOne() {
        PromptProblem problem = onlyProblem("# Just markdown\nNo header here.\n");

        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("'---'"), problem.message());
    }

    @Test
    void lineStartingWithABrace_getsAHintToQuoteIt() {
        String text = shoes().replace("press: [\"What will you do?\"]", "press:\n    - {order} is late");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "- {order} is late"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("double quotes"), problem.message());
    }

    @Test
    void moodOutOfRange_isReported_atItsLine() {
        String text = shoes().replace("situation:", "mood:\n  start: 120\nsituation:");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "start: 120"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("mood.start is 120"), problem.message());
    }

    @Test
    void unknownLineGroup_isReported_withTheKnownMoves() {
        String text = shoes().replace("  press: [", "  presss: [\"Hm.\"]\n  press: [");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "presss:"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("unknown key 'presss'") && problem.message().contains("pushback"),
                problem.message());
    }

    @Test
    void wantWithoutAcceptedWords_isReported() {
        String text = shoes().replace("  acceptedIf: [express, exchange]\n", "");

        PromptProblem problem = onlyProblem(text);

        assertTrue(problem.message().contains("wants.acceptedIf"), problem.message());
        assertEquals(ScenarioTexts.lineOf(text, "wants:"), problem.line(), problem.toString());
    }

    @Test
    void rejectionKeyedByAWordOfTheOffer_andBeyondPolicyWords_load() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/shoes.md", shoes()
                .replace("  reject: [\"That's no good.\"]", "  reject: [\"That's no good.\"]\n"
                        + "  reject:voucher: [\"A voucher won't get me to the party.\"]")
                .replace("policy:", "beyondPolicy: [keep both pairs]\npolicy:"));

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(List.of(), library.problems());
        assertEquals(List.of("keep both pairs"), library.scenario("shoes").beyondPolicy());
        assertEquals(List.of("A voucher won't get me to the party."),
                library.scenario("shoes").lines().get("reject:voucher"));
    }

    @Test
    void rejectionKeyWithoutAWord_isReported_atItsLine() {
        String text = shoes().replace("  reject: [\"That's no good.\"]",
                "  reject: [\"That's no good.\"]\n  reject:: [\"Hm.\"]");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "reject::"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("unknown key 'reject:'"), problem.message());
    }

    @Test
    void beyondPolicyPlaceholderNamingNoFact_isReported_atItsLine() {
        String text = shoes().replace("policy:", "beyondPolicy:\n  - \"{ordr} for free\"\npolicy:");

        PromptProblem problem = onlyProblem(text);

        assertEquals(ScenarioTexts.lineOf(text, "{ordr} for free"), problem.line(), problem.toString());
        assertTrue(problem.message().contains("{ordr}"), problem.message());
    }
}

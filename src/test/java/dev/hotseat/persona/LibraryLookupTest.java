package dev.hotseat.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLookupTest {

    @TempDir
    Path dir;

    @Test
    void template_isReturnedByName_withoutItsCommentHeader() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "templates/persona.md", "---\n# for coaches\n---\nYou are {name}.\n");

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals("You are {name}.", library.template("persona"));
    }

    @Test
    void templatePlaceholderTheEngineDoesNotFill_isReported_atItsLine() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        String text = "---\n# persona prompt\ntemplate: persona\n---\nYou are {{name}}.\nYour order: {{order_number}}.\n";
        TestPrompts.write(prompts, "templates/persona.md", text);

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(1, library.problems().size(), library.problems().toString());
        PromptProblem problem = library.problems().getFirst();
        assertEquals("templates/persona.md", problem.file());
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("{{order_number}}") && problem.message().contains("{{name}}"),
                problem.message());
        assertThrows(UnknownTemplateException.class, () -> library.template("persona"));
    }

    @Test
    void missingTemplate_saysWhichFileToAdd() {
        FilePromptLibrary library = new FilePromptLibrary(TestPrompts.withRubricsOnly(dir));

        UnknownTemplateException e = assertThrows(UnknownTemplateException.class,
                () -> library.template("evaluator"));

        assertTrue(e.getMessage().contains("prompts/templates/evaluator.md"), e.getMessage());
    }

    @Test
    void unknownScenario_namesTheKnownOnes() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/shoes.md", ScenarioTexts.customer("shoes"));
        FilePromptLibrary library = new FilePromptLibrary(prompts);

        UnknownScenarioException e = assertThrows(UnknownScenarioException.class,
                () -> library.scenario("../rubrics/customer"));

        assertTrue(e.getMessage().contains("known: shoes"), e.getMessage());
    }

    @Test
    void rubric_isFoundByIdAndByMode() {
        FilePromptLibrary library = new FilePromptLibrary(TestPrompts.withRubricsOnly(dir));

        assertEquals("customer", library.rubric(Mode.CUSTOMER).id());
        assertEquals(Mode.INTERVIEW, library.rubric("interview").mode());
        assertThrows(UnknownRubricException.class, () -> library.rubric("nope"));
    }

    @Test
    void missingFolder_isAProblem_notACrash() {
        FilePromptLibrary library = new FilePromptLibrary(dir.resolve("nowhere"));

        assertEquals(0, library.scenarios().size());
        assertTrue(library.problems().getFirst().message().contains("does not exist"));
    }

    @Test
    void oversizedFile_isLeftOut_withAProblem() {
        Path prompts = TestPrompts.withRubricsOnly(dir);
        TestPrompts.write(prompts, "scenarios/huge.md", "---\nid: huge\n---\n" + "x".repeat(300 * 1024));

        FilePromptLibrary library = new FilePromptLibrary(prompts);

        assertEquals(1, library.problems().size());
        assertTrue(library.problems().getFirst().message().contains("keep each under 256 KB"),
                library.problems().toString());
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import dev.hotseat.persona.Rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coach-edited prompt templates: header dropped, placeholders filled, mistakes named. */
class LlmPromptTemplateTest {

    @Test
    void placeholders_areFilled_andTheYamlHeaderIsDropped() {
        var template = new PromptTemplate("persona", "---\n# comment\ntemplate: persona\n---\nYou are {{name}}, {{ mood }}.\n");
        assertEquals("You are Dana, angry.", template.render(Map.of("name", "Dana", "mood", "angry")));
    }

    @Test
    void unknownPlaceholderInAWholeFile_isNamedWithFileAndLine() {
        var template = new PromptTemplate("persona", "---\ntemplate: persona\n---\nYou are {{name}}.\nMood: {{moood}}\n");
        var e = assertThrows(PromptTemplate.UnknownPlaceholderException.class,
                () -> template.render(Map.of("name", "Dana", "mood", "angry")));
        assertTrue(e.getMessage().startsWith("templates/persona.md:5: unknown placeholder {{moood}}"), e.getMessage());
        assertTrue(e.getMessage().contains("known: mood, name"), e.getMessage());
    }

    @Test
    void unknownPlaceholderInABodyOnly_quotesTheLine() {
        var template = new PromptTemplate("evaluator", "Grade {{reply}} now.\nRubric: {{rubrik}}");
        var e = assertThrows(PromptTemplate.UnknownPlaceholderException.class,
                () -> template.render(Map.of("reply", "x")));
        assertTrue(e.getMessage().startsWith("templates/evaluator.md, in the line \"Rubric: {{rubrik}}\""), e.getMessage());
    }
}

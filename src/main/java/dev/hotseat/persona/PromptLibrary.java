package dev.hotseat.persona;

import java.util.List;

/**
 * Everything coaches keep under prompts/: scenarios, rubrics and language-model prompt templates.
 * Implementations pick up edited files for new sessions without a restart, and never throw on a broken
 * file: broken files are left out and listed by {@link #problems()}.
 */
public interface PromptLibrary {

    /** Every valid scenario, sorted by mode then id. */
    List<Scenario> scenarios();

    /** The scenario with this id; throws {@link UnknownScenarioException} naming the known ids. */
    Scenario scenario(String id);

    /** The rubric with this id ("customer" and "interview" are the built-in ones). */
    Rubric rubric(String id);

    /** The default rubric for a mode, used when grading without a scenario. */
    Rubric rubric(Mode mode);

    /** A language-model prompt template by name ("persona", "evaluator"), as the coach wrote it. */
    String template(String name);

    /** What is wrong with the files that were left out, with file and line. */
    List<PromptProblem> problems();
}

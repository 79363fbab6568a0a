package dev.hotseat.persona;

import java.util.List;

/**
 * Unsaved prompt files, checked by the same readers the loader uses (so the studio shows exactly what lint and
 * the server would say) and test-driven with the scripted learners of {@code lint}.
 */
public final class PromptDrafts {
    private final FilePromptLibrary library;
    private final ScenarioReader scenarios = new ScenarioReader();
    private final RubricReader rubrics = new RubricReader();

    public PromptDrafts(FilePromptLibrary library) {
        this.library = library;
    }

    /** A scenario as a draft: the scenario when it reads cleanly, else null, and what is wrong (file, line, fix). */
    public record ScenarioDraft(Scenario scenario, List<PromptProblem> problems) {
    }

    /** A rubric as a draft. */
    public record RubricDraft(Rubric rubric, List<PromptProblem> problems) {
    }

    /** Whether {@code id} may name a prompt file: the loader's own rule ({@code [a-z0-9][a-z0-9-]{0,63}}). */
    public static boolean validId(String id) {
        return id != null && ScenarioReader.ID.matcher(id).matches();
    }

    /** A prompt file's YAML header and Markdown body, split as the loader splits them. */
    public record Parts(String header, String body) {
    }

    /** Splits a file; throws IllegalArgumentException naming the line when the '---' markers are missing. */
    public static Parts split(String text) {
        try {
            FrontMatter front = FrontMatter.split(text);
            return new Parts(front.header(), front.body());
        } catch (PromptFileException e) {
            throw new IllegalArgumentException("line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code text} as if it were {@code scenarios/<id>.md}, against the rubrics loaded now. */
    public ScenarioDraft scenario(String id, String text) {
        ScenarioReader.Result r = scenarios.read("scenarios/" + id + ".md", text, library.now().rubrics());
        return new ScenarioDraft(r.scenario(), r.problems());
    }

    /**
     * What the saved scenarios graded by {@code rubric}'s id would say if it replaced the saved one: a rubric
     * edit that drops a criterion an interview asks follow-ups about breaks that interview. {@code textOf} gives
     * a scenario file's text by id.
     */
    public List<PromptProblem> scenariosWith(Rubric rubric, java.util.function.Function<String, String> textOf) {
        java.util.Map<String, Rubric> rubrics = new java.util.HashMap<>(library.now().rubrics());
        rubrics.put(rubric.id(), rubric);
        List<PromptProblem> out = new java.util.ArrayList<>();
        for (Scenario s : library.now().scenarios().values()) {
            if (rubric.id().equals(s.rubric())) {
                String text = textOf.apply(s.id());
                if (text != null) {
                    out.addAll(scenarios.read("scenarios/" + s.id() + ".md", text, rubrics).problems());
                }
            }
        }
        return out;
    }

    /** Reads {@code text} as if it were {@code rubrics/<id>.md}. */
    public RubricDraft rubric(String id, String text) {
        RubricReader.Result r = rubrics.read("rubrics/" + id + ".md", text);
        return new RubricDraft(r.rubric(), r.problems());
    }

}

// PLACEHOLDER until scenarios lands
package dev.hotseat.persona;

import dev.hotseat.evaluation.Rubric;
import java.nio.file.Path;
import java.util.List;

/** Placeholder: the real loader of prompts/ comes with the scenarios work. */
public final class FilePromptLibrary implements PromptLibrary {
    private final Path promptsDir;

    public FilePromptLibrary(Path promptsDir) {
        this.promptsDir = promptsDir;
    }

    @Override
    public List<Scenario> scenarios() {
        return List.of();
    }

    @Override
    public Scenario scenario(String id) {
        throw new UnknownScenarioException(id, List.of());
    }

    @Override
    public Rubric rubric(String id) {
        throw new IllegalArgumentException("No rubric '" + id + "' in " + promptsDir);
    }

    @Override
    public Rubric rubric(Mode mode) {
        throw new IllegalArgumentException("No rubric for " + mode.wire() + " in " + promptsDir);
    }

    @Override
    public String template(String name) {
        return "";
    }

    @Override
    public List<PromptProblem> problems() {
        return List.of();
    }
}

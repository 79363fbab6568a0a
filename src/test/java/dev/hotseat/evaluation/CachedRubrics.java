package dev.hotseat.evaluation;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A PromptLibrary that reads each rubric file once (tests and benches do not edit rubrics while running). */
final class CachedRubrics implements PromptLibrary {

    private final RubricFiles files;
    private final Map<String, Rubric> rubrics = new ConcurrentHashMap<>();

    CachedRubrics(RubricFiles files) {
        this.files = files;
    }

    @Override
    public Rubric rubric(String id) {
        return rubrics.computeIfAbsent(id, files::rubric);
    }

    @Override
    public Rubric rubric(Mode mode) {
        return rubric(mode.wire());
    }

    @Override
    public List<Scenario> scenarios() {
        return files.scenarios();
    }

    @Override
    public Scenario scenario(String id) {
        return files.scenario(id);
    }

    @Override
    public String template(String name) {
        return files.template(name);
    }

    @Override
    public List<PromptProblem> problems() {
        return files.problems();
    }
}

package dev.hotseat.support;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownScenarioException;
import java.util.List;

/** A prompt library in memory: by default one customer and one interview scenario, and one known problem. */
public final class FakeLibrary implements PromptLibrary {
    private final List<Scenario> scenarios;
    private final List<PromptProblem> problems;

    public FakeLibrary() {
        this(List.of(Fixtures.customer(), Fixtures.interview()),
                List.of(new PromptProblem("scenarios/broken.md", 3, "missing 'title'")));
    }

    /** These scenarios, the fixture rubrics, and these problems. */
    public FakeLibrary(List<Scenario> scenarios, List<PromptProblem> problems) {
        this.scenarios = List.copyOf(scenarios);
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Scenario> scenarios() {
        return scenarios;
    }

    @Override
    public Scenario scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownScenarioException(id, scenarios.stream().map(Scenario::id).toList()));
    }

    @Override
    public Rubric rubric(String id) {
        return Fixtures.rubric(id, id.equals("interview") ? Mode.INTERVIEW : Mode.CUSTOMER);
    }

    @Override
    public Rubric rubric(Mode mode) {
        return rubric(mode.wire());
    }

    @Override
    public String template(String name) {
        return "";
    }

    @Override
    public List<PromptProblem> problems() {
        return problems;
    }
}

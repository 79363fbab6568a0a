package dev.hotseat.persona;

import java.util.List;
import java.util.Map;

/** Everything read from the prompts folder at one moment: what loaded, and what did not and why. */
record PromptSnapshot(Map<String, Scenario> scenarios, Map<String, Rubric> rubrics, Map<String, String> templates,
                      List<PromptProblem> problems) {

    PromptSnapshot {
        scenarios = Map.copyOf(scenarios);
        rubrics = Map.copyOf(rubrics);
        templates = Map.copyOf(templates);
        problems = List.copyOf(problems);
    }
}

// PLACEHOLDER until evaluator lands
package dev.hotseat.evaluation;

import dev.hotseat.persona.PromptLibrary;
import java.util.List;

/** Placeholder: the real offline evaluator (cue patterns + MiniLM) comes with the evaluator work. */
public final class RubricEvaluator implements Evaluator {
    private RubricEvaluator() {
    }

    /** The offline evaluator for the library's rubrics. */
    public static Evaluator create(PromptLibrary library) {
        return new RubricEvaluator();
    }

    @Override
    public Grade grade(Exchange exchange) {
        return new Grade(0, List.of(), "", false, "", "offline");
    }
}

package dev.hotseat.persona;

import dev.hotseat.core.Polarity;
import java.util.List;

/** The YAML header of a rubric file as written; boxed numbers so a missing key gets its default. */
record RubricHeader(String id, Mode mode, String title, List<CriterionHeader> criteria) {

    /** One criterion as written; see {@link dev.hotseat.persona.Criterion} for what each key means. */
    record CriterionHeader(String id, Polarity polarity, Integer weight, String name, String description,
                           String why, String source, List<String> cues, List<String> blockers,
                           List<String> exemplars, List<String> counterExemplars, Double threshold, String tip,
                           String example, String check, Double learned) {
    }
}

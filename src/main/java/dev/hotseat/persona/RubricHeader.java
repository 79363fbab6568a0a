package dev.hotseat.persona;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hotseat.core.Polarity;
import java.util.List;
import java.util.Map;

/** The YAML header of a rubric file as written; boxed numbers so a missing key gets its default. */
record RubricHeader(String id, Mode mode, String title, ScoringHeader scoring, List<CriterionHeader> criteria) {

    /** How shown criteria become a score; each share is out of 100. */
    record ScoringHeader(Map<String, Integer> shares, Integer withoutAction) {
    }

    /**
     * One criterion as written; see {@link Criterion} for what each key means. {@code cues}, {@code blockers},
     * {@code threshold}, {@code check} and {@code learned} belong to the older, pattern-based evaluator: still read,
     * so older files load, but no longer used (the linter says how to bring them up to date).
     */
    record CriterionHeader(String id, Polarity polarity, Role role, Integer weight, String name, String description,
                           String why, String source, List<String> reads,
                           @JsonAlias("exemplars") List<String> examples,
                           @JsonAlias("counterExemplars") List<String> notExamples,
                           String tip, String example, List<String> moments,
                           List<String> cues, List<String> blockers, Double threshold, String check, Double learned) {
    }
}

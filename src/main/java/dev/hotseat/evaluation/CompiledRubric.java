package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A rubric ready to grade with: every criterion compiled, exemplar vectors computed once. */
final class CompiledRubric {

    private final Rubric rubric;
    private final List<CriterionDetector> detectors;

    private CompiledRubric(Rubric rubric, List<CriterionDetector> detectors) {
        this.rubric = rubric;
        this.detectors = detectors;
    }

    /** Compiles the rubric, embedding all exemplars of all criteria in one batch. */
    static CompiledRubric compile(Rubric rubric, ClauseEmbedder embedder) {
        return compile(rubric, embedder, Map.of());
    }

    /** Compiles the rubric with the learned layer's weights by criterion id (missing ids: cues and exemplars only). */
    static CompiledRubric compile(Rubric rubric, ClauseEmbedder embedder, Map<String, LearnedCriterion> learned) {
        List<String> texts = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            texts.addAll(orEmpty(c.exemplars()));
            texts.addAll(orEmpty(c.counterExemplars()));
        }
        float[][] vectors = embedder.embedAll(texts);
        List<CriterionDetector> detectors = new ArrayList<>();
        int next = 0;
        for (Criterion c : rubric.criteria()) {
            int positives = orEmpty(c.exemplars()).size();
            int negatives = orEmpty(c.counterExemplars()).size();
            detectors.add(new CriterionDetector(c, slice(vectors, next, positives),
                    slice(vectors, next + positives, negatives), learnedFor(c, learned)));
            next += positives + negatives;
        }
        return new CompiledRubric(rubric, List.copyOf(detectors));
    }

    // A threshold written in the rubric file wins over the one shipped with the weights.
    private static LearnedCriterion learnedFor(Criterion c, Map<String, LearnedCriterion> learned) {
        LearnedCriterion shipped = learned.get(c.id());
        return shipped == null || c.learned() == null ? shipped : shipped.withThreshold(c.learned());
    }

    Rubric rubric() {
        return rubric;
    }

    List<CriterionDetector> detectors() {
        return detectors;
    }

    private static float[][] slice(float[][] all, int from, int count) {
        float[][] part = new float[count][];
        System.arraycopy(all, from, part, 0, count);
        return part;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

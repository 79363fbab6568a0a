package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Carries the rubrics' exemplar thresholds, written for MiniLM's cosines, over to another embedding model. Cosines of
 * e5 and bge sit much higher than MiniLM's for unrelated sentences, so MiniLM's 0.66 would credit nearly every clause
 * there. Per criterion, the new threshold lets through the same share of TUNING-split clauses as the written one does
 * under MiniLM (rank matching of the closest-exemplar similarity); held-out replies and outside sets are never read.
 * The bench and the trainer compute it the same way from the same replies, so both see the same thresholds.
 */
public final class ThresholdCalibration {

    private static final int MAX_EMBEDDED = 6;

    private ThresholdCalibration() {
    }

    /**
     * The library with each rubric's thresholds carried from {@code reference}'s scale to {@code candidate}'s, using
     * the tuning replies of each mode; prints old and new thresholds.
     */
    public static PromptLibrary calibrated(PromptLibrary base, EmbeddingModel reference, EmbeddingModel candidate,
                                           Map<Mode, List<String>> tuningReplies) {
        ClauseEmbedder ref = new ClauseEmbedder(reference);
        ClauseEmbedder cand = new ClauseEmbedder(candidate);
        Map<String, Rubric> byId = new HashMap<>();
        for (Mode mode : Mode.values()) {
            Rubric rubric = base.rubric(mode);
            List<String> clauses = new ArrayList<>();
            for (String reply : tuningReplies.getOrDefault(mode, List.of())) {
                ClauseSplitter.split(reply).stream().limit(MAX_EMBEDDED).map(Clause::text).forEach(clauses::add);
            }
            float[][] refClauses = ref.embedClauses(clauses);
            float[][] candClauses = cand.embedClauses(clauses);
            List<Criterion> criteria = new ArrayList<>();
            StringBuilder line = new StringBuilder("Thresholds for " + rubric.id() + " (MiniLM -> candidate):");
            for (Criterion c : rubric.criteria()) {
                List<String> exemplars = c.exemplars() == null ? List.of() : c.exemplars();
                double t = c.threshold();
                if (!exemplars.isEmpty()) {
                    t = carried(c.threshold(), closest(refClauses, ref.embedAll(exemplars)),
                            closest(candClauses, cand.embedAll(exemplars)));
                }
                line.append(String.format(Locale.ROOT, " %s %.2f->%.3f", c.id(), c.threshold(), t));
                criteria.add(new Criterion(c.id(), c.polarity(), c.weight(), c.name(), c.description(), c.why(),
                        c.source(), c.cues(), c.blockers(), c.exemplars(), c.counterExemplars(), t, c.tip(),
                        c.example(), c.check(), c.learned()));
            }
            System.out.println(line);
            byId.put(rubric.id(), new Rubric(rubric.id(), rubric.mode(), rubric.title(), List.copyOf(criteria),
                    rubric.file()));
        }
        return new Calibrated(base, byId);
    }

    // The candidate's similarity at the same rank as the reference threshold among the tuning clauses.
    private static double carried(double threshold, double[] reference, double[] candidate) {
        long passing = Arrays.stream(reference).filter(s -> s >= threshold).count();
        double[] sorted = candidate.clone();
        Arrays.sort(sorted);
        if (passing == 0) {
            return Math.min(1, sorted[sorted.length - 1] + 1e-3);
        }
        return Math.round(sorted[(int) (sorted.length - passing)] * 1000) / 1000.0;
    }

    private static double[] closest(float[][] clauses, float[][] exemplars) {
        return Arrays.stream(clauses).filter(v -> v != null).mapToDouble(v -> {
            double best = -1;
            for (float[] e : exemplars) {
                best = Math.max(best, ClauseEmbedder.cosine(v, e));
            }
            return best;
        }).toArray();
    }

    /** The base library with the recalibrated built-in rubrics in place of its own. */
    private record Calibrated(PromptLibrary base, Map<String, Rubric> rubrics) implements PromptLibrary {

        @Override
        public List<Scenario> scenarios() {
            return base.scenarios();
        }

        @Override
        public Scenario scenario(String id) {
            return base.scenario(id);
        }

        @Override
        public Rubric rubric(String id) {
            return rubrics.getOrDefault(id, base.rubric(id));
        }

        @Override
        public Rubric rubric(Mode mode) {
            Rubric own = base.rubric(mode);
            return rubrics.getOrDefault(own.id(), own);
        }

        @Override
        public String template(String name) {
            return base.template(name);
        }

        @Override
        public List<PromptProblem> problems() {
            return base.problems();
        }
    }
}

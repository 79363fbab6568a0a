package dev.hotseat.evaluation;

import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Rubric;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the learned layer of one rubric from labelled replies (our own tuning split only): per criterion an
 * L2-regularised logistic regression over the clause's MiniLM vector and the cue layer's signals, by full-batch
 * gradient descent from zero, so the same data always gives the same weights. Labels are per reply, the model is
 * per clause: a negative reply's clauses are all negatives; a positive reply contributes the clause the cue layer
 * credits, else its most likely clause. The decision threshold is chosen by 5-fold cross-validation on the same
 * tuning replies (the layer's own F1, since the cues were written on those replies and look perfect there); a
 * criterion whose layer never reaches F1 0.5 there gets threshold 1 (off).
 */
public final class LearnedTraining {

    /** One labelled reply: the persona's line, the reply and a 0/1 label per criterion id. */
    public record Example(String context, String reply, Map<String, Boolean> labels) {
    }

    private static final int FOLDS = 5;
    private static final int MAX_EMBEDDED = 6;

    private final ClauseEmbedder embedder;
    private final StringBuilder report = new StringBuilder();

    public LearnedTraining(EmbeddingModel model) {
        this.embedder = new ClauseEmbedder(model);
    }

    /** What training decided per criterion (cross-validated F1 with and without learning, threshold). */
    public String report() {
        return report.toString();
    }

    /** The weights file text for the rubric, trained on the examples, with the thresholds cross-validation chose. */
    public String train(Rubric rubric, List<Example> examples) {
        return train(rubric, examples, true);
    }

    /**
     * The weights file text; with {@code enabled} false every threshold is written as 1 (off) and the chosen ones
     * are listed in a comment, so the layer can be switched on per criterion by editing one number.
     */
    public String train(Rubric rubric, List<Example> examples, boolean enabled) {
        CompiledRubric plain = CompiledRubric.compile(rubric, embedder);
        List<Prepared> prepared = examples.stream().map(this::prepare).toList();
        StringBuilder out = new StringBuilder("# Learned layer for rubric '" + rubric.id() + "': trained on "
                + examples.size() + " tuning replies of our labelled set. Regenerate with:\n"
                + "#   mvn -B -q -Pbench test-compile exec:exec -Dbench=LearnedTrainer\n"
                + "# id, threshold (1 = off), bias, 384 vector weights, then check, exemplar, counter-exemplar, echo\n");
        StringBuilder lines = new StringBuilder();
        StringBuilder chosen = new StringBuilder("# written as 1 (off); cross-validation chose:");
        for (CriterionDetector d : plain.detectors()) {
            LearnedCriterion c = trainOne(d, prepared);
            // Habits are never added by the layer: a wrong "you blamed the customer" costs the learner's trust
            // more than a missed one, and cues catch most habits by their wording.
            boolean on = enabled && d.criterion().polarity() == Polarity.POSITIVE;
            if (!on) {
                chosen.append(' ').append(c.id()).append(String.format(java.util.Locale.ROOT, " %.2f", c.threshold()));
            }
            lines.append(LearnedWeights.format(on ? c : c.withThreshold(1))).append('\n');
        }
        return out.append(chosen).append('\n').append(lines).toString();
    }

    private record Prepared(List<Clause> clauses, float[][] vectors, ReplyContext context, Map<String, Boolean> labels) {
    }

    private record Rows(List<double[]> x, List<Double> y) {
    }

    private Prepared prepare(Example e) {
        String text = e.reply().replace('\u2019', '\'').replace('\u2018', '\'');
        List<Clause> clauses = ClauseSplitter.split(text);
        List<String> texts = new ArrayList<>(clauses.stream().limit(MAX_EMBEDDED).map(Clause::text).toList());
        texts.add(e.context() == null ? "" : e.context());
        float[][] embedded = embedder.embedClauses(texts);
        float[][] vectors = java.util.Arrays.copyOf(embedded, embedded.length - 1);
        return new Prepared(clauses, vectors, new ReplyContext(text, e.context(), embedded[embedded.length - 1]),
                e.labels());
    }

    private LearnedCriterion trainOne(CriterionDetector d, List<Prepared> all) {
        String id = d.criterion().id();
        List<Prepared> items = all.stream().filter(p -> p.labels().containsKey(id)).toList();
        boolean[] base = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Prepared p = items.get(i);
            base[i] = d.detectedWithoutLearning(p.clauses(), p.vectors(), p.context());
        }
        double[] oof = new double[items.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Prepared> train = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(items.get(i));
                }
            }
            LearnedCriterion m = fit(d, train, id);
            for (int i = fold; i < items.size(); i += FOLDS) {
                oof[i] = m == null ? 0 : maxProbability(d, m, items.get(i));
            }
        }
        boolean[] none = new boolean[items.size()];
        double baseF1 = f1(items, id, base, oof, 2);
        double bestT = 1;
        double bestF1 = 0;
        for (double t = 0.95; t >= 0.499; t -= 0.05) {
            double f = f1(items, id, none, oof, t);
            if (f > bestF1 + 1e-9) {
                bestF1 = f;
                bestT = Math.round(t * 100) / 100.0;
            }
        }
        if (bestF1 < 0.5) {
            bestT = 1;
        }
        LearnedCriterion m = fit(d, items, id);
        report.append(String.format(java.util.Locale.ROOT, "  %-12s F1 on tuning: cues %.3f (written on it); "
                        + "learned layer alone, cross-validated %.3f at threshold %.2f%n",
                id, baseF1, bestF1, bestT));
        return m == null ? new LearnedCriterion(id, 1, -10, new float[388]) : m.withThreshold(bestT);
    }

    private static double f1(List<Prepared> items, String id, boolean[] base, double[] p, double t) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean gold = items.get(i).labels().get(id);
            boolean pred = base[i] || p[i] >= t;
            tp += gold && pred ? 1 : 0;
            fp += !gold && pred ? 1 : 0;
            fn += gold && !pred ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double maxProbability(CriterionDetector d, LearnedCriterion m, Prepared p) {
        double best = 0;
        for (int i = 0; i < p.vectors().length; i++) {
            Clause c = p.clauses().get(i);
            if (d.eligible(c, p.vectors()[i], p.context())) {
                best = Math.max(best, m.probability(p.vectors()[i], d.signals(c, p.vectors()[i], p.context())));
            }
        }
        return best;
    }

    /** Two rounds: positives first chosen by the cue layer, then by the first model. */
    private static LearnedCriterion fit(CriterionDetector d, List<Prepared> items, String id) {
        LearnedCriterion m = null;
        for (int round = 0; round < 2; round++) {
            Rows rows = rows(d, items, id, m);
            if (!rows.y().contains(1.0) || !rows.y().contains(0.0)) {
                return null;
            }
            m = LogisticRegression.fit(id, rows.x(), rows.y());
        }
        return m;
    }

    private static Rows rows(CriterionDetector d, List<Prepared> items, String id, LearnedCriterion m) {
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>());
        for (Prepared p : items) {
            boolean gold = p.labels().get(id);
            int pick = -1;
            double pickScore = -1;
            for (int i = 0; i < p.vectors().length; i++) {
                Clause c = p.clauses().get(i);
                float[] v = p.vectors()[i];
                if (!d.eligible(c, v, p.context())) {
                    continue;
                }
                double[] s = d.signals(c, v, p.context());
                if (!gold) {
                    rows.x().add(row(v, s));
                    rows.y().add(0.0);
                } else {
                    double score = m != null ? m.probability(v, s) : s[0] + s[1];
                    if (score > pickScore) {
                        pickScore = score;
                        pick = i;
                    }
                }
            }
            if (pick >= 0) {
                float[] v = p.vectors()[pick];
                rows.x().add(row(v, d.signals(p.clauses().get(pick), v, p.context())));
                rows.y().add(1.0);
            }
        }
        return rows;
    }

    private static double[] row(float[] v, double[] s) {
        double[] x = new double[v.length + s.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i];
        }
        System.arraycopy(s, 0, x, v.length, s.length);
        return x;
    }


}

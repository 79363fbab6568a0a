package dev.hotseat.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The learned layer's weights for one rubric, read from {@code /dev/hotseat/evaluation/learned/<rubric>.tsv} on the
 * class path: one line per criterion, {@code id threshold bias w1 w2 …}, tab-separated; lines starting with # are
 * comments. A rubric without a file, or a criterion without a line, is graded by cues and exemplars alone. The layer
 * reads the model's vectors, so each {@link EmbeddingChoice} but MiniLM has its own folder ({@code learned/<id>/}).
 */
final class LearnedWeights {

    static final String FOLDER = "/dev/hotseat/evaluation/learned/";

    private LearnedWeights() {
    }

    /** The weights for the rubric id, by criterion id (empty when none are shipped). */
    static Map<String, LearnedCriterion> load(String rubricId) {
        return load(EmbeddingChoice.MINILM, rubricId);
    }

    /** The weights trained on the given model's vectors for the rubric id (empty when there are none). */
    static Map<String, LearnedCriterion> load(EmbeddingChoice model, String rubricId) {
        Map<String, LearnedCriterion> out = new LinkedHashMap<>();
        if (rubricId == null || !rubricId.matches("[a-z][a-z0-9-]{0,63}")) {
            return out;
        }
        try (InputStream in = LearnedWeights.class.getResourceAsStream(model.learnedFolder() + rubricId + ".tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    LearnedCriterion c = parse(line);
                    out.put(c.id(), c);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read learned weights for rubric '" + rubricId + "'", e);
        }
    }

    private static LearnedCriterion parse(String line) {
        String[] f = line.split("\t");
        float[] w = new float[f.length - 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = Float.parseFloat(f[i + 3]);
        }
        return new LearnedCriterion(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), w);
    }

    /** One line of the weights file. */
    static String format(LearnedCriterion c) {
        StringBuilder b = new StringBuilder(c.id()).append('\t').append(String.format(Locale.ROOT, "%.2f", c.threshold()))
                .append('\t').append(String.format(Locale.ROOT, "%.5g", c.bias()));
        for (float w : c.weights()) {
            b.append('\t').append(String.format(Locale.ROOT, "%.4g", w));
        }
        return b.toString();
    }
}

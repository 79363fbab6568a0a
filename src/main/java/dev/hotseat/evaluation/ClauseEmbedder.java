package dev.hotseat.evaluation;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** Turns texts into unit-length vectors with one batched call to the embedding model. */
final class ClauseEmbedder {

    private static final int MIN_WORDS = 3;

    private final EmbeddingModel model;

    ClauseEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * One unit vector per text, in order, from one embedAll call; texts of fewer than {@value #MIN_WORDS} words
     * get null (too short to mean anything on their own, and each text costs about a millisecond).
     */
    float[][] embedClauses(List<String> texts) {
        return embed(texts, MIN_WORDS);
    }

    /** One unit vector per text, in order, however short (for exemplars). */
    float[][] embedAll(List<String> texts) {
        return embed(texts, 0);
    }

    private float[][] embed(List<String> texts, int minWords) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> worth = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).trim().split("\\s+").length >= minWords) {
                worth.add(i);
            }
        }
        if (worth.isEmpty()) {
            return vectors;
        }
        List<Embedding> embeddings = model.embedAll(worth.stream().map(i -> TextSegment.from(texts.get(i))).toList())
                .content();
        for (int k = 0; k < worth.size(); k++) {
            vectors[worth.get(k)] = unit(embeddings.get(k).vector());
        }
        return vectors;
    }

    /** Cosine similarity of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}

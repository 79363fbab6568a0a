package dev.hotseat.evaluation;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns texts into unit-length vectors with one embedAll call to the embedding model, remembering the vectors
 * of the last texts it saw (see {@link #REMEMBERED}).
 */
final class ClauseEmbedder {

    private static final int MIN_WORDS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * How many texts' vectors are kept, least recently used dropped first (384 floats, about 1.6 KB each, so
     * about 6.5 MB in all). The persona's lines come back reply after reply and learner after learner, and
     * stock phrases recur; a vector depends on its text alone, so a remembered one is the one the model would
     * give again. MiniLM costs about a millisecond per text plus a little per token; a lookup costs nothing.
     */
    static final int REMEMBERED = 4096;

    private final EmbeddingModel model;
    private final int capacity;
    private final Map<String, float[]> remembered;

    ClauseEmbedder(EmbeddingModel model) {
        this(model, REMEMBERED);
    }

    /** @param capacity how many texts' vectors to keep (0: none, every text goes to the model) */
    ClauseEmbedder(EmbeddingModel model, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("Cannot keep " + capacity + " vectors: give 0 or more");
        }
        this.model = model;
        this.capacity = capacity;
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > ClauseEmbedder.this.capacity;
            }
        };
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

    // The vectors handed out are shared with the memory and with other callers: nobody may write into them.
    private float[][] embed(List<String> texts, int minWords) {
        float[][] vectors = new float[texts.size()][];
        // Texts to send to the model, each once (a reply may say the same clause twice), and where they go.
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (SPACES.split(text.trim()).length >= minWords) {
                float[] known = recall(text);
                if (known != null) {
                    vectors[i] = known;
                } else {
                    missing.computeIfAbsent(text, t -> new ArrayList<>()).add(i);
                }
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<String> asked = List.copyOf(missing.keySet());
        List<Embedding> embeddings = model.embedAll(asked.stream().map(TextSegment::from).toList()).content();
        for (int k = 0; k < asked.size(); k++) {
            float[] vector = unit(embeddings.get(k).vector());
            keep(asked.get(k), vector);
            for (int i : missing.get(asked.get(k))) {
                vectors[i] = vector;
            }
        }
        return vectors;
    }

    private float[] recall(String text) {
        if (capacity == 0) {
            return null;
        }
        synchronized (remembered) {
            return remembered.get(text);
        }
    }

    private void keep(String text, float[] vector) {
        if (capacity > 0) {
            synchronized (remembered) {
                remembered.put(text, vector);
            }
        }
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

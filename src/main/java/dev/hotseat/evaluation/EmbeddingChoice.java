package dev.hotseat.evaluation;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.Locale;

/**
 * The in-process sentence encoders the offline evaluator can run, each the quantised ONNX file LangChain4j publishes
 * as a Maven artifact. Only MiniLM ships in the jar; the others are on the class path under the {@code bench}
 * profile alone, measured side by side in docs/evaluator.md ("Item 7"), and stay there until they measure better.
 */
public enum EmbeddingChoice {

    /** all-MiniLM-L6-v2, quantised: 6 layers, the shipped model. */
    MINILM("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, ""),
    /**
     * intfloat/e5-small-v2, quantised: 12 layers. Its model card asks for "query: " before every text when the task
     * is symmetric (sentence likeness), as ours is: clauses, the persona's line and exemplars all get it.
     */
    E5_SMALL("e5-small-v2-q", "e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: "),
    /**
     * BAAI/bge-small-en-v1.5, quantised: 12 layers, CLS pooling. Its model card adds an instruction only to short
     * queries searching for passages; for sentence likeness the texts go in bare.
     */
    BGE_SMALL("bge-small-en-v15-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, "");

    private final String id;
    private final String modelFile;
    private final String tokenizerFile;
    private final PoolingMode pooling;
    private final String prefix;

    EmbeddingChoice(String id, String modelFile, String tokenizerFile, PoolingMode pooling, String prefix) {
        this.id = id;
        this.modelFile = modelFile;
        this.tokenizerFile = tokenizerFile;
        this.pooling = pooling;
        this.prefix = prefix;
    }

    /** The name used on the command line and for the folder of this model's learned weights. */
    public String id() {
        return id;
    }

    /** Where the learned layer trained on this model's vectors lives on the class path, ending in a slash. */
    public String learnedFolder() {
        return this == MINILM ? LearnedWeights.FOLDER : LearnedWeights.FOLDER + id + "/";
    }

    String modelFile() {
        return modelFile;
    }

    String tokenizerFile() {
        return tokenizerFile;
    }

    PoolingMode pooling() {
        return pooling;
    }

    /** What the model card asks to put before each text ("" for none). */
    String prefix() {
        return prefix;
    }

    /** Loads the model (a few hundred milliseconds); fails with the files' names when its jar is not on the class path. */
    public EmbeddingModel load() {
        return new QuietMiniLm(this);
    }

    /** The choice named by its {@link #id()}, e.g. {@code e5-small-v2-q}. */
    public static EmbeddingChoice named(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No embedding model called '" + id
                        + "': use one of " + Arrays.stream(values()).map(EmbeddingChoice::id).toList()));
    }
}

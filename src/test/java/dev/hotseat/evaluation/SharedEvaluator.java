package dev.hotseat.evaluation;

import dev.hotseat.persona.PromptLibrary;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** One MiniLM model and one evaluator over the project's rubric files per test JVM: loading the model is the slow part. */
public final class SharedEvaluator {

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
        static final RubricEvaluator EVALUATOR = new RubricEvaluator(cached(RubricFiles.ofProject()), MODEL);
    }

    private SharedEvaluator() {
    }

    public static RubricEvaluator evaluator() {
        return Holder.EVALUATOR;
    }

    public static EmbeddingModel model() {
        return Holder.MODEL;
    }

    /** Reads each rubric once, so repeated grading compares equal rubric records (cheap cache hits). */
    public static PromptLibrary cached(RubricFiles files) {
        return new CachedRubrics(files);
    }
}

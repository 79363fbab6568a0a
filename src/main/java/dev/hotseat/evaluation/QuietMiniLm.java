package dev.hotseat.evaluation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * LangChain4j's bundled all-MiniLM-L6-v2 (quantized), the same model files and encoder, run with one
 * ONNX thread that sleeps instead of spinning and in the caller's thread. The defaults spin a thread per
 * core: fine on an idle machine, but on a busy two-core server they fight the other requests, and the
 * slowest replies took 100-300 ms instead of a few. The same loader runs the other {@link EmbeddingChoice}s (same
 * encoder, their own files, pooling and text prefix) when the bench profile puts their jars on the class path.
 */
final class QuietMiniLm extends AbstractInProcessEmbeddingModel {

    // All three choices are BERT-small shapes with 384-wide vectors.
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;
    private final String prefix;

    QuietMiniLm() {
        this(EmbeddingChoice.MINILM);
    }

    QuietMiniLm(EmbeddingChoice choice) {
        super(Runnable::run);
        this.prefix = choice.prefix();
        ClassLoader jar = QuietMiniLm.class.getClassLoader();
        try (InputStream model = jar.getResourceAsStream(choice.modelFile());
             InputStream tokenizer = jar.getResourceAsStream(choice.tokenizerFile())) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("Model files " + choice.modelFile() + " / " + choice.tokenizerFile()
                        + " not on the classpath (" + choice.id() + " is only there under the bench profile: -Pbench)");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, choice.pooling());
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("Cannot load the " + choice.id() + " model: " + e.getMessage(), e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return super.embedAll(prefix.isEmpty() ? segments
                : segments.stream().map(s -> TextSegment.from(prefix + s.text(), s.metadata())).toList());
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}

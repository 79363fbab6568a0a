package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class QuietMiniLmTest {

    @Test
    void quietModel_embedsExactlyLikeTheBundledOne() {
        String text = "I can see why you're upset about the late parcel.";
        float[] bundled = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run).embed(text).content().vector();

        float[] quiet = SharedEvaluator.model().embed(text).content().vector();

        assertEquals(bundled.length, quiet.length);
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < quiet.length; i++) {
            dot += bundled[i] * quiet[i];
            a += bundled[i] * bundled[i];
            b += quiet[i] * quiet[i];
        }
        assertEquals(1.0, dot / Math.sqrt(a * b), 1e-4);
    }
}

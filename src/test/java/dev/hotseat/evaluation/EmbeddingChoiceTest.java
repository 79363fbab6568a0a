package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedding model is a choice: MiniLM by default and shipped, the others bench-only with their own learned layer. */
class EmbeddingChoiceTest {

    private static final String LATE = "My order #4471 still hasn't arrived and I needed it for Saturday!";

    @Test
    void named_findsEachModelByItsId_andRefusesAnUnknownOneQuotingIt() {
        for (EmbeddingChoice c : EmbeddingChoice.values()) {
            assertEquals(c, EmbeddingChoice.named(c.id()));
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingChoice.named("mpnet"));

        assertTrue(e.getMessage().contains("'mpnet'"), e.getMessage());
        assertTrue(e.getMessage().contains("all-minilm-l6-v2-q"), e.getMessage());
    }

    @Test
    void learnedWeights_forMiniLm_areTheShippedOnes_andEachOtherModelHasItsOwnFolder() {
        Map<String, LearnedCriterion> shipped = LearnedWeights.load("customer");

        Map<String, LearnedCriterion> chosen = LearnedWeights.load(EmbeddingChoice.MINILM, "customer");

        assertFalse(shipped.isEmpty());
        assertEquals(shipped.keySet(), chosen.keySet());
        shipped.forEach((id, w) -> assertEquals(w.threshold(), chosen.get(id).threshold(), id));
        assertEquals(LearnedWeights.FOLDER + "e5-small-v2-q/", EmbeddingChoice.E5_SMALL.learnedFolder());
        assertEquals(LearnedWeights.FOLDER + "bge-small-en-v15-q/", EmbeddingChoice.BGE_SMALL.learnedFolder());
    }

    @Test
    void evaluatorGivenTheMiniLmChoice_gradesExactlyLikeTheDefaultOne() {
        RubricEvaluator chosen = new RubricEvaluator(SharedEvaluator.library(), EmbeddingChoice.MINILM,
                SharedEvaluator.model(), RubricEvaluator.LEARNED_BY_DEFAULT);

        for (String reply : List.of("I'm so sorry, that's on us. I'll send a new one today by courier.",
                "That sounds really stressful with Saturday so close.", "Deliveries take ten days.")) {
            Grade expected = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, LATE, reply, null));
            Grade actual = chosen.grade(new Exchange(Mode.CUSTOMER, LATE, reply, null));

            assertEquals(expected.score(), actual.score(), reply);
            assertEquals(expected.criteria(), actual.criteria(), reply);
        }
    }

    @Test
    void otherModel_withoutTheBenchProfile_failsNamingTheProfile() {
        assumeTrue(EmbeddingChoiceTest.class.getResource("/e5-small-v2-q.onnx") == null,
                "e5-small-v2-q is on the class path (tests run with -Pbench), so there is no missing model to report");

        IllegalStateException e = assertThrows(IllegalStateException.class, EmbeddingChoice.E5_SMALL::load);

        assertTrue(e.getMessage().contains("e5-small-v2-q.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("-Pbench"), e.getMessage());
    }
}

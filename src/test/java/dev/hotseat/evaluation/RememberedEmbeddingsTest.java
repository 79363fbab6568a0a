package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluator remembers the vectors of texts it has embedded (see {@link ClauseEmbedder#REMEMBERED}) so that a
 * persona line or a stock phrase is not embedded again; these tests hold that grades are exactly the ones the
 * straightforward path (every text embedded afresh) gives.
 */
class RememberedEmbeddingsTest {

    /** The real MiniLM model, counting the texts it is asked to embed. */
    private static final class Counting implements EmbeddingModel {
        private final EmbeddingModel model = SharedEvaluator.model();
        private final List<String> asked = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> asked.add(s.text()));
            return model.embedAll(segments);
        }
    }

    @Test
    void labelledReplies_areGradedExactlyAsWithoutMemory_whetherTheirTextsAreNewOrRemembered() throws IOException {
        // given every fifth labelled reply (both rubrics, every category), graded with nothing remembered
        List<JsonNode> items = LabelledSetTest.labelled();
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 5) {
            exchanges.add(LabelledSetTest.exchange(items.get(i)));
        }
        RubricEvaluator afresh = new RubricEvaluator(SharedEvaluator.library(), SharedEvaluator.model(),
                RubricEvaluator.LEARNED_BY_DEFAULT, 0);
        List<Grade> expected = exchanges.stream().map(afresh::grade).toList();

        // when the same replies are graded by an evaluator that remembers, twice (texts new, then remembered),
        // and by one that remembers only a few texts (so it keeps forgetting and embedding again)
        RubricEvaluator remembering = new RubricEvaluator(SharedEvaluator.library(), SharedEvaluator.model(),
                RubricEvaluator.LEARNED_BY_DEFAULT);
        RubricEvaluator forgetful = new RubricEvaluator(SharedEvaluator.library(), SharedEvaluator.model(),
                RubricEvaluator.LEARNED_BY_DEFAULT, 3);
        List<Grade> first = exchanges.stream().map(remembering::grade).toList();
        List<Grade> second = exchanges.stream().map(remembering::grade).toList();
        List<Grade> small = exchanges.stream().map(forgetful::grade).toList();

        // then every grade is equal in full: score, each criterion's detection, confidence and evidence, the words
        assertTrue(exchanges.size() > 200, "only " + exchanges.size() + " replies compared");
        for (int i = 0; i < exchanges.size(); i++) {
            String reply = exchanges.get(i).reply();
            assertEquals(expected.get(i), first.get(i), "first grading of: " + reply);
            assertEquals(expected.get(i), second.get(i), "remembered grading of: " + reply);
            assertEquals(expected.get(i), small.get(i), "small-memory grading of: " + reply);
        }
    }

    @Test
    void rememberedText_isNotSentToTheModelAgain_andGetsTheVectorTheModelGave() {
        // given an embedder that remembers
        Counting model = new Counting();
        ClauseEmbedder embedder = new ClauseEmbedder(model);
        List<String> texts = List.of("I'm so sorry the parcel never came", "Ok", "I'm so sorry the parcel never came",
                "Can you tell me the order number?");

        // when the texts are embedded twice
        float[][] first = embedder.embedClauses(texts);
        float[][] again = embedder.embedClauses(texts);

        // then the model saw each long-enough text once; the short one has no vector; the repeat shares it
        assertEquals(List.of("I'm so sorry the parcel never came", "Can you tell me the order number?"), model.asked);
        assertNull(first[1]);
        assertSame(first[0], first[2]);
        for (int i : new int[] {0, 3}) {
            assertArrayEquals(first[i], again[i]);
            assertArrayEquals(new ClauseEmbedder(SharedEvaluator.model(), 0).embedClauses(List.of(texts.get(i)))[0],
                    first[i]);
        }
    }

    @Test
    void fullMemory_forgetsTheLeastRecentlyUsedText() {
        // given an embedder keeping two texts, which has seen a then b, then used a again
        Counting model = new Counting();
        ClauseEmbedder embedder = new ClauseEmbedder(model, 2);
        String a = "the parcel never came at all";
        String b = "I will refund the delivery charge";
        String c = "can you send me the order number";
        embedder.embedClauses(List.of(a));
        embedder.embedClauses(List.of(b));
        embedder.embedClauses(List.of(a));

        // when a third text comes, then b and a are asked for again
        embedder.embedClauses(List.of(c));
        embedder.embedClauses(List.of(a));
        embedder.embedClauses(List.of(b));

        // then a stayed (used more recently than b), b had been dropped for c
        assertEquals(List.of(a, b, c, b), model.asked);
    }

    @Test
    void negativeMemorySize_isRefusedWithTheNumber() {
        // given / when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClauseEmbedder(SharedEvaluator.model(), -1));

        // then
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}

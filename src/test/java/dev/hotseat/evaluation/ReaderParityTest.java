package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java reader serves what training/train.py trained: for the replies in the reader's parity.jsonl (written by the
 * training run, in full precision), the same tokens and the same clauses exactly, and the same acts found, with the
 * int8 export's probabilities close to PyTorch's.
 */
class ReaderParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> golden() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (var in = ReaderParityTest.class.getResourceAsStream(ReaderModel.FOLDER + "parity.jsonl")) {
            assertTrue(in != null, "the reader has no parity.jsonl: retrain with training/train.py");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void tokensAndClauses_matchTraining_exactly() throws Exception {
        WordPiece tokens;
        try (var in = ReaderParityTest.class.getResourceAsStream(ReaderModel.FOLDER + "tokenizer.json")) {
            tokens = WordPiece.read(in);
        }
        for (JsonNode g : golden()) {
            String reply = g.get("reply").asText();
            List<Integer> expected = new ArrayList<>();
            g.get("replyTokens").forEach(t -> expected.add(t.asInt()));
            assertEquals(expected, tokens.encode(reply).stream().map(WordPiece.Token::id).toList(), reply);
            List<String> clauses = new ArrayList<>();
            g.get("clauses").forEach(c -> clauses.add(c.asText()));
            assertEquals(clauses, ClauseSplitter.split(reply).stream().map(Clause::text).toList(), reply);
        }
    }

    @Test
    void int8Reader_findsWhatTheTrainedNetworkFinds() throws Exception {
        ReaderModel model = ReaderModel.load();
        int compared = 0;
        int agreed = 0;
        double worst = 0;
        for (JsonNode g : golden()) {
            String mode = g.get("mode").asText();
            String reply = g.get("reply").asText();
            List<ReaderModel.ClauseRead> reads = model.read(g.get("context").asText(), reply, ClauseSplitter.split(reply));
            for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> g.get("probabilities").fields()) {
                double torch = e.getValue().asDouble();
                double cut = g.get("cuts").get(e.getKey()).asDouble();
                double best = reads.stream().mapToDouble(r -> model.confidence(mode, e.getKey(), r)).max().orElse(0);
                // Calibrated confidence is sigmoid(logit(p) - logit(cut)): turn it back into p to compare.
                double p = probability(best, cut);
                worst = Math.max(worst, Math.abs(p - torch));
                compared++;
                agreed += (p >= cut) == (torch >= cut) ? 1 : 0;
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        assertTrue(agreed >= 0.98 * compared, agreed + " of " + compared + " decisions agree");
        assertTrue(worst < 0.25, "largest probability gap " + worst);
    }

    private static double probability(double calibrated, double cut) {
        double c = Math.min(1 - 1e-9, Math.max(1e-9, calibrated));
        double q = Math.min(1 - 1e-9, Math.max(1e-9, cut));
        double logit = Math.log(c / (1 - c)) + Math.log(q / (1 - q));
        return 1 / (1 + Math.exp(-logit));
    }
}

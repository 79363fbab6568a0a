package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * AnnoMI therapist utterances (multi-label flags, so ordinary P/R/F1). Rows whose
 * {@code (transcript_id + "/" + utterance_id).hashCode()} is even may be used to choose thresholds; odd rows are
 * the report. A null (tied) label leaves the row out of that comparison.
 */
final class AnnoMi {

    private record Mapping(Function<JsonNode, Boolean> gold, BiFunction<Grade, JsonNode, Boolean> predicted) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Mapping> MAPPINGS = new LinkedHashMap<>();

    static {
        MAPPINGS.put("open question ~ clarify", new Mapping(n -> sub(n, "question_subtype", "open"),
                (g, n) -> g.detected("clarify")));
        MAPPINGS.put("any question ~ clarify", new Mapping(n -> flag(n, "question_exists"),
                (g, n) -> g.detected("clarify")));
        MAPPINGS.put("simple reflection ~ restate", new Mapping(n -> sub(n, "reflection_subtype", "simple"),
                (g, n) -> g.detected("restate")));
        MAPPINGS.put("complex reflection ~ empathy", new Mapping(n -> sub(n, "reflection_subtype", "complex"),
                (g, n) -> g.detected("empathy")));
        MAPPINGS.put("any reflection ~ restate|empathy", new Mapping(n -> flag(n, "reflection_exists"),
                (g, n) -> g.detected("restate") || g.detected("empathy")));
        MAPPINGS.put("advice/options ~ solution", new Mapping(
                n -> sub(n, "therapist_input_subtype", "advice") == null ? null
                        : sub(n, "therapist_input_subtype", "advice") || sub(n, "therapist_input_subtype", "options"),
                (g, n) -> g.detected("solution")));
        MAPPINGS.put("negotiation ~ collaborate", new Mapping(n -> sub(n, "therapist_input_subtype", "negotiation"),
                (g, n) -> g.detected("collaborate")));
    }

    private AnnoMi() {
    }

    static void run(Evaluator evaluator, Path dir, Map<String, Double> headline) throws IOException {
        Map<String, Tally> even = new LinkedHashMap<>();
        Map<String, Tally> odd = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("annomi_therapist_utterances.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            String context = n.get("prev_utterance").isNull() ? "" : n.get("prev_utterance").asText();
            Grade g = evaluator.grade(new Exchange(Mode.CUSTOMER, context, n.get("text").asText(), null));
            String key = n.get("transcript_id").asText() + "/" + n.get("utterance_id").asText();
            Map<String, Tally> part = key.hashCode() % 2 == 0 ? even : odd;
            MAPPINGS.forEach((name, m) -> {
                Boolean gold = m.gold().apply(n);
                if (gold != null) {
                    part.computeIfAbsent(name, k -> new Tally()).add(gold, m.predicted().apply(g, n));
                }
            });
        }
        System.out.println(" AnnoMI, even hash (threshold choice):");
        even.forEach((name, t) -> System.out.println(t.row(name)));
        System.out.println(" AnnoMI, odd hash (report):");
        odd.forEach((name, t) -> {
            System.out.println(t.row(name));
            headline.put("AnnoMI " + name, t.f1());
        });
    }

    private static Boolean flag(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : "true".equalsIgnoreCase(v.asText());
    }

    private static Boolean sub(JsonNode n, String field, String value) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : value.equalsIgnoreCase(v.asText());
    }
}

package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation by writer and by register. Each fold is a whole training run of the same reader with that writer
 * (or register) and its near-twins kept out: too slow for a bench, so training/folds.py trains them and writes what
 * each fold's reader found on its held-out replies to training/results/folds-*.jsonl; here they are scored against
 * the corpus labels, criterion by criterion as the rubric reads them.
 */
final class Folds {

    private Folds() {
    }

    static void print(Path root, Corpus corpus, PromptLibrary library, Map<String, Double> headline) throws IOException {
        Map<String, Corpus.Item> byId = new HashMap<>();
        corpus.items.forEach(i -> byId.put(i.id(), i));
        for (String by : List.of("writer", "register")) {
            Path file = root.resolve("training/results/folds-" + by + ".jsonl");
            if (!Files.exists(file)) {
                System.out.println("\nNo " + file + ": run /usr/bin/python3 training/folds.py --by " + by);
                continue;
            }
            Map<String, List<JsonNode>> folds = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode n = EvaluatorBench.json(line);
                    folds.computeIfAbsent(n.path("fold").asText(), k -> new ArrayList<>()).add(n);
                }
            }
            long all = corpus.items.stream().map(i -> by.equals("writer") ? i.writer() : i.register()).distinct()
                    .count();
            String run = folds.size() + " of " + all + " folds";
            System.out.printf("%nLeave one %s out (%s run, %s): macro-F1 over the rubric's criteria%n", by, run,
                    file.getFileName());
            Map<String, JsonNode> shipped = shippedOnHeldOut(root);
            for (Mode mode : Mode.values()) {
                Rubric rubric = library.rubric(mode);
                double sum = 0;
                int n = 0;
                StringBuilder row = new StringBuilder();
                for (var fold : folds.entrySet()) {
                    List<JsonNode> ofMode = fold.getValue().stream()
                            .filter(x -> x.path("mode").asText().equals(mode.wire())).toList();
                    if (ofMode.isEmpty()) {
                        continue;
                    }
                    double f1 = macro(rubric, ofMode, byId);
                    row.append(String.format(" %s %.3f", fold.getKey().replace(by + ":", ""), f1));
                    // Like with like: the shipped reader (trained without the fixed split's held-out writers) on
                    // the same replies, where it read them.
                    List<JsonNode> same = ofMode.stream().map(x -> shipped.get(x.path("id").asText()))
                            .filter(java.util.Objects::nonNull).toList();
                    if (same.size() == ofMode.size()) {
                        row.append(String.format(" (shipped reader on the same %d replies %.3f)", same.size(),
                                macro(rubric, same, byId)));
                    }
                    sum += f1;
                    n++;
                }
                double mean = sum / Math.max(1, n);
                System.out.printf("  %-9s mean %.3f |%s%n", mode.wire(), mean, row);
                headline.put("leave-one-" + by + "-out macro-F1 " + mode.wire() + ", " + run
                        + " (goal customer 0.85, interview 0.80)", mean);
            }
        }
    }

    /** What the shipped reader found on the fixed split's held-out replies (training/results), by id. */
    private static Map<String, JsonNode> shippedOnHeldOut(Path root) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        Path file = root.resolve("training/results/reader-heldout.jsonl");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode n = EvaluatorBench.json(line);
                    out.put(n.path("id").asText(), n);
                }
            }
        }
        return out;
    }

    private static double macro(Rubric rubric, List<JsonNode> found, Map<String, Corpus.Item> byId) {
        double sum = 0;
        int n = 0;
        for (Criterion c : rubric.criteria()) {
            Tally t = new Tally();
            for (JsonNode x : found) {
                Corpus.Item item = byId.get(x.path("id").asText());
                boolean predicted = false;
                for (String act : c.reads()) {
                    predicted |= x.path("found").path(act).asInt() == 1;
                }
                t.add(item.label(c), predicted);
            }
            if (t.positives() + t.predicted() > 0) {
                sum += t.f1();
                n++;
            }
        }
        return sum / Math.max(1, n);
    }
}

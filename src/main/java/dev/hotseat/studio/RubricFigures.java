package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.persona.Criterion;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Rubric;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * How well a rubric finds what people labelled, on our own labelled replies ({@code *.jsonl} in the labelled
 * folder, whatever is there when asked): precision, recall and F1 per criterion and their mean, for the saved
 * rubric and for a draft, so a coach sees what an edit did before saving it.
 */
final class RubricFigures {
    /** One criterion's counts on the labelled replies. */
    record Row(String id, int labelled, int found, int right, double precision, double recall, double f1) {
    }

    /** A rubric's figures: per criterion, the macro-F1 over criteria with any labelled example, and the count. */
    record Figures(List<Row> criteria, double macroF1, int replies) {
    }

    private record Item(Mode mode, String context, String reply, Map<String, Boolean> labels) {
    }

    private final Path folder;
    private final ObjectMapper json;
    private final Map<Rubric, Figures> saved = new ConcurrentHashMap<>();

    RubricFigures(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    Path folder() {
        return folder;
    }

    /** The saved rubric's figures are kept while it is unchanged: measuring takes seconds. */
    Figures savedFigures(RubricEvaluator evaluator, PromptLibrary library, Rubric rubric) {
        if (saved.size() > 16) {
            saved.clear();
        }
        return saved.computeIfAbsent(rubric, r -> measure(evaluator, library, r));
    }

    Figures measure(RubricEvaluator evaluator, PromptLibrary library, Rubric rubric) {
        RubricEvaluator only = evaluator.over(new OneRubric(library, rubric));
        Map<String, int[]> counts = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> counts.put(c.id(), new int[3]));
        List<Item> items = items(rubric.mode());
        for (Item item : items) {
            Grade grade = only.grade(new Exchange(item.mode(), item.context(), item.reply(), null));
            for (Criterion c : rubric.criteria()) {
                Boolean gold = item.labels().get(c.id());
                if (gold == null) {
                    continue;
                }
                boolean found = grade.detected(c.id());
                int[] n = counts.get(c.id());
                n[0] += gold ? 1 : 0;
                n[1] += found ? 1 : 0;
                n[2] += gold && found ? 1 : 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        double sum = 0;
        int scored = 0;
        for (var e : counts.entrySet()) {
            int[] n = e.getValue();
            double precision = n[1] == 0 ? 0 : (double) n[2] / n[1];
            double recall = n[0] == 0 ? 0 : (double) n[2] / n[0];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            rows.add(new Row(e.getKey(), n[0], n[1], n[2], round(precision), round(recall), round(f1)));
            if (n[0] > 0) {
                sum += f1;
                scored++;
            }
        }
        return new Figures(rows, scored == 0 ? 0 : round(sum / scored), items.size());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private List<Item> items(Mode mode) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    if (!mode.wire().equals(n.path("mode").asText())) {
                        continue;
                    }
                    Map<String, Boolean> labels = new LinkedHashMap<>();
                    n.path("labels").fields().forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asInt() == 1));
                    items.add(new Item(mode, n.path("context").asText(""), n.path("reply").asText(""), labels));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labelled replies in " + folder, e);
        }
        return items;
    }

    /** The library with one rubric standing in for its mode and id. */
    private record OneRubric(PromptLibrary library, Rubric rubric) implements PromptLibrary {
        @Override
        public List<Scenario> scenarios() {
            return library.scenarios();
        }

        @Override
        public Scenario scenario(String id) {
            return library.scenario(id);
        }

        @Override
        public Rubric rubric(String id) {
            return id.equals(rubric.id()) ? rubric : library.rubric(id);
        }

        @Override
        public Rubric rubric(Mode mode) {
            return mode == rubric.mode() ? rubric : library.rubric(mode);
        }

        @Override
        public String template(String name) {
            return library.template(name);
        }

        @Override
        public List<PromptProblem> problems() {
            return library.problems();
        }
    }
}

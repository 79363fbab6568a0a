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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our own labelled replies (src/test/resources/labelled/*.jsonl) and per-criterion scores on one split. */
final class LabelledSet {

    /** One labelled reply. */
    record Item(String id, String split, Mode mode, String context, String reply, boolean offTask,
                Map<String, Boolean> labels, String category, List<String> earlier) {

        /** The exchange to grade, with the learner's earlier replies when the item has them (repeats). */
        Exchange exchange() {
            return new Exchange(mode, context, reply, null, earlier, List.of());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSet() {
    }

    static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Map<String, Boolean> labels = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.get("labels").fields(); it.hasNext(); ) {
                var e = it.next();
                labels.put(e.getKey(), e.getValue().asInt() == 1);
            }
            List<String> earlier = new ArrayList<>();
            n.path("earlier").forEach(e -> earlier.add(e.asText()));
            items.add(new Item(n.get("id").asText(), n.get("split").asText(), Mode.of(n.get("mode").asText()),
                    n.get("context").asText(), n.get("reply").asText(), n.get("offTask").asBoolean(), labels,
                    n.path("category").asText("original"), earlier));
        }
        return items;
    }

    /** Scores one split; prints each criterion, macro-F1 and off-task accuracy; with errors=true lists mistakes. */
    static double score(Evaluator evaluator, List<Item> items, String split, boolean errors) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Tally offTask = new Tally();
        for (Item item : items) {
            if (!item.split().equals(split)) {
                continue;
            }
            Grade g = evaluator.grade(item.exchange());
            offTask.add(item.offTask(), g.offTask());
            item.labels().forEach((id, gold) -> {
                boolean predicted = g.detected(id);
                tallies.computeIfAbsent(id, k -> new Tally()).add(gold, predicted);
                if (errors && gold != predicted) {
                    System.out.printf("    %s %-11s %s  %s%n", gold ? "MISS" : "FALSE", id, item.id(),
                            predicted ? "[" + g.criterion(id).orElseThrow().evidence() + "]  in: " + item.reply()
                                    : item.reply());
                }
            });
        }
        double sum = 0;
        int n = 0;
        for (var e : tallies.entrySet()) {
            System.out.println(e.getValue().row(e.getKey()));
            if (!Double.isNaN(e.getValue().f1())) {
                sum += e.getValue().f1();
                n++;
            }
        }
        System.out.println(offTask.row("(off-task flag)"));
        double macro = n == 0 ? Double.NaN : sum / n;
        System.out.printf("  macro-F1 over %d criteria: %s%n", n, Tally.fmt(macro));
        return macro;
    }

    /**
     * Per named category of one split: micro P/R/F1 over all criteria, mean score, and the share of items where no
     * skill (positive criterion) was credited. Returns {category: [mean score, share with no positive credit]}.
     */
    static Map<String, double[]> categories(Evaluator evaluator, List<Item> items, String split) {
        Map<String, Tally> micro = new java.util.TreeMap<>();
        Map<String, double[]> sums = new java.util.TreeMap<>();
        for (Item item : items) {
            if (!item.split().equals(split)) {
                continue;
            }
            Grade g = evaluator.grade(item.exchange());
            Tally t = micro.computeIfAbsent(item.category(), k -> new Tally());
            item.labels().forEach((id, gold) -> t.add(gold, g.detected(id)));
            boolean positive = g.criteria().stream().anyMatch(c -> c.detected()
                    && c.polarity() == dev.hotseat.core.Polarity.POSITIVE);
            double[] s = sums.computeIfAbsent(item.category(), k -> new double[3]);
            s[0] += g.score();
            s[1] += positive ? 0 : 1;
            s[2]++;
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        micro.forEach((category, t) -> {
            double[] s = sums.get(category);
            out.put(category, new double[] {s[0] / s[2], s[1] / s[2]});
            System.out.printf("%s   mean score %5.1f   no skill credited %3.0f %%%n",
                    t.row(category + " (" + (int) s[2] + " items)"), s[0] / s[2], 100 * s[1] / s[2]);
        });
        return out;
    }

    /**
     * Grades every reply several times; returns per-reply wall-clock milliseconds [0] and CPU milliseconds of the
     * grading thread [1], each sorted. The model runs in the caller's thread with one ONNX thread, so CPU time
     * is nearly all the work and does not grow when other programs load the machine; wall-clock time does.
     * Each pass grades with a new evaluator from {@code fresh}, so no reply finds its own texts remembered from an
     * earlier pass; its rubric is compiled before the pass (on a reply too short to embed), outside the timing.
     * {@code before} runs before each timed grading, outside the timing.
     */
    static <E extends Evaluator> double[][] time(java.util.function.Supplier<E> fresh, List<Item> items, int passes,
                                                 java.util.function.BiConsumer<E, Item> before) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Evaluator warm = fresh.get();
        for (Item item : items) {
            warm.grade(item.exchange());
        }
        double[] wall = new double[items.size() * passes];
        double[] used = new double[items.size() * passes];
        int k = 0;
        for (int p = 0; p < passes; p++) {
            E evaluator = fresh.get();
            for (Mode mode : Mode.values()) {
                evaluator.grade(new Exchange(mode, "", "ok", null, List.of(), List.of()));
            }
            for (Item item : items) {
                before.accept(evaluator, item);
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                evaluator.grade(item.exchange());
                wall[k] = (System.nanoTime() - t0) / 1e6;
                used[k++] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(used);
        return new double[][] {wall, used};
    }
}

package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the shipped reader and grader on the labelled corpus (training/corpus, docs/labelling.md): per-criterion
 * precision, recall and F1 on the held-out writers, with the two labellers' agreement (Cohen's kappa on the overlap)
 * beside each F1 it bounds; recall per register; the mean score per writer's category; the cross-validation folds
 * (leave one writer out, leave one register out) that training/folds.py trained; CPU per reply on replies never
 * graded before; and the outside sets beside their published F1.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec -Dbench=EvaluatorBench [-Dbench.args="--only=heldout,folds,timing,outside"]</pre>
 */
public final class EvaluatorBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluatorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        String only = "";
        Path outside = root.resolve("../shared/benchmarks").normalize();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--only=")) {
                only = "," + arg.substring(7) + ",";
            } else if (!arg.isBlank() && !arg.equals("--")) {
                outside = Path.of(arg);
            }
        }
        long t0 = System.nanoTime();
        PromptLibrary library = new FilePromptLibrary(root.resolve("prompts"));
        long load = System.nanoTime();
        RubricEvaluator evaluator = RubricEvaluator.create(library);
        System.out.printf("Reader loaded in %.0f ms (load average %s)%n", (System.nanoTime() - load) / 1e6, loadAverage());
        Corpus corpus = Corpus.read(root);
        Map<String, Double> headline = new LinkedHashMap<>();
        if (runs(only, "heldout")) {
            heldOut(evaluator, library, corpus, headline);
        }
        if (runs(only, "folds")) {
            Folds.print(root, corpus, library, headline);
        }
        if (runs(only, "timing")) {
            timing(library, corpus, headline);
        }
        if (runs(only, "outside")) {
            if (!Files.isDirectory(outside)) {
                System.out.println("Outside benchmarks not found at " + outside + " (pass their folder as an argument).");
            } else {
                Epitome.run(evaluator, outside.resolve("epitome"), headline);
                Esconv.run(evaluator, outside.resolve("esconv"), headline);
            }
        }
        System.out.println("\nHEADLINE");
        headline.forEach((k, v) -> System.out.printf("  %-72s %s%n", k, Tally.fmt(v)));
        System.out.printf("(bench took %.0f s, load average %s at the end)%n", (System.nanoTime() - t0) / 1e9, loadAverage());
    }

    static Exchange exchange(PromptLibrary library, Corpus.Item item) {
        Scenario s = library.scenarios().stream().filter(x -> x.id().equals(item.scenario())).findFirst().orElse(null);
        return new Exchange(item.mode(), item.context(), item.reply(), s);
    }

    private static void heldOut(RubricEvaluator evaluator, PromptLibrary library, Corpus corpus,
                                Map<String, Double> headline) {
        List<Corpus.Item> held = corpus.heldOut();
        System.out.printf("%nHeld-out writers %s: %d replies (never tuned on; their near-twins left out of tuning)%n",
                corpus.heldOutWriters, held.size());
        Map<String, Grade> grades = new LinkedHashMap<>();
        for (Corpus.Item item : held) {
            grades.put(item.id(), evaluator.grade(exchange(library, item)));
        }
        for (Mode mode : Mode.values()) {
            Rubric rubric = library.rubric(mode);
            List<Corpus.Item> ofMode = held.stream().filter(i -> i.mode() == mode).toList();
            System.out.printf("%n%s (%d replies): per criterion, held-out writers; kappa = two labellers on the overlap%n",
                    mode.wire(), ofMode.size());
            double sum = 0;
            double lowest = 1;
            for (Criterion c : rubric.criteria()) {
                Tally t = new Tally();
                for (Corpus.Item item : ofMode) {
                    t.add(item.label(c), grades.get(item.id()).detected(c.id()));
                }
                double kappa = Kappa.of(corpus.items.stream().filter(i -> i.mode() == mode && i.second() != null)
                        .map(i -> new boolean[] {i.label(c), i.secondLabel(c)}).toList());
                System.out.println(t.row(c.id()) + "   kappa " + Tally.fmt(kappa));
                sum += t.f1();
                lowest = Math.min(lowest, t.f1());
            }
            double macro = sum / rubric.criteria().size();
            headline.put("held-out macro-F1 " + mode.wire() + " (goal customer 0.88, interview 0.85)", macro);
            headline.put("held-out lowest criterion F1 " + mode.wire() + " (goal 0.70)", lowest);
            registers(rubric, ofMode, grades, mode, headline);
            categories(ofMode, grades, mode, headline);
        }
    }

    /** Recall of every positive criterion per register: the plain, curt and text-speak goal is 0.80 each. */
    private static void registers(Rubric rubric, List<Corpus.Item> items, Map<String, Grade> grades, Mode mode,
                                  Map<String, Double> headline) {
        Map<String, List<Corpus.Item>> byRegister = new TreeMap<>();
        items.forEach(i -> byRegister.computeIfAbsent(i.register(), k -> new ArrayList<>()).add(i));
        System.out.println("  By register: macro-F1, and the lowest recall of a positive criterion (criteria with >= 5 gold)");
        byRegister.forEach((register, its) -> {
            double f1 = 0;
            int n = 0;
            double lowestRecall = 1;
            String lowestName = "";
            for (Criterion c : rubric.criteria()) {
                Tally t = new Tally();
                its.forEach(i -> t.add(i.label(c), grades.get(i.id()).detected(c.id())));
                if (t.positives() > 0) {
                    f1 += t.f1();
                    n++;
                }
                if (c.polarity() == Polarity.POSITIVE && t.positives() >= 5 && t.recall() < lowestRecall) {
                    lowestRecall = t.recall();
                    lowestName = c.id();
                }
            }
            System.out.printf("    %-10s n %4d  macro-F1 %s  lowest positive recall %s (%s)%n", register, its.size(),
                    Tally.fmt(f1 / Math.max(1, n)), Tally.fmt(lowestRecall), lowestName);
            if (List.of("plain", "curt", "textspeak").contains(register)) {
                headline.put("lowest positive-criterion recall, " + register + " register, " + mode.wire()
                        + " (goal 0.80)", lowestRecall);
            }
        });
    }

    /** The mean score of each kind of reply the writers meant to write (hollow skill-naming: goal 25 or less). */
    private static void categories(List<Corpus.Item> items, Map<String, Grade> grades, Mode mode,
                                   Map<String, Double> headline) {
        Map<String, double[]> byCategory = new TreeMap<>();
        for (Corpus.Item i : items) {
            double[] s = byCategory.computeIfAbsent(i.category(), k -> new double[2]);
            s[0] += grades.get(i.id()).score();
            s[1]++;
        }
        System.out.println("  Mean score by the writer's category:");
        byCategory.forEach((category, s) -> System.out.printf("    %-24s n %4.0f  mean score %5.1f%n", category, s[1],
                s[0] / s[1]));
        for (String hollow : List.of("hollow", "checklist-recital")) {
            if (byCategory.containsKey(hollow)) {
                double[] s = byCategory.get(hollow);
                headline.put("mean score, " + hollow + " (" + mode.wire() + ", goal 25 or less)", s[0] / s[1]);
            }
        }
    }

    /**
     * CPU per reply (this thread), every reply met for the first time (held-out replies of both modes): the reading
     * alone (what the goal is about), and the whole grade (the reading, then the rewrite read back).
     */
    private static void timing(PromptLibrary library, Corpus corpus, Map<String, Double> headline) {
        List<Corpus.Item> items = corpus.heldOut();
        // A fresh evaluator for each pass: the reader remembers the vectors of clauses it has read on their own
        // (Phrasings), so after the held-out check or the other pass some replies would be met again, not once.
        // The same rule as TurnBench and LoadBench (UniqueReplies): every timed reply is new to the evaluator.
        RubricEvaluator reading = warmed(library, corpus);
        time("reading", items, e -> reading.reader().read(library.rubric(e.mode()), e.scenario(), e.context(),
                e.reply()), library, headline);
        RubricEvaluator whole = warmed(library, corpus);
        time("whole grade", items, whole::grade, library, headline);
    }

    /** A new evaluator with the example phrasings read (once per coach edit, not per reply), on writers not timed. */
    private static RubricEvaluator warmed(PromptLibrary library, Corpus corpus) {
        RubricEvaluator evaluator = RubricEvaluator.create(library);
        corpus.items.stream().filter(i -> !corpus.heldOutWriters.contains(i.writer())).limit(60)
                .forEach(i -> evaluator.grade(exchange(library, i)));
        return evaluator;
    }

    private static void time(String what, List<Corpus.Item> items, java.util.function.Consumer<Exchange> work,
                             PromptLibrary library, Map<String, Double> headline) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String before = loadAverage();
        double[] cpu = new double[items.size()];
        double[] wall = new double[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Exchange e = exchange(library, items.get(k));
            long c0 = bean.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            work.accept(e);
            cpu[k] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[k] = (System.nanoTime() - w0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("%nLatency, %s, %d replies each met once (never repeated), load average %s before, %s after:%n",
                what, items.size(), before, loadAverage());
        System.out.printf("  CPU  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(cpu, 50), pct(cpu, 95),
                pct(cpu, 99), cpu[cpu.length - 1]);
        System.out.printf("  wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(wall, 50), pct(wall, 95),
                pct(wall, 99), wall[wall.length - 1]);
        headline.put("CPU p50 ms, " + what + ", never repeated", pct(cpu, 50));
        headline.put("CPU p99 ms, " + what + ", never repeated" + (what.equals("reading") ? " (goal 12 at load <= 2)" : ""),
                pct(cpu, 99));
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static boolean runs(String only, String part) {
        return only.isEmpty() || List.of(only.split(",")).contains(part);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

package dev.hotseat.bench;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the offline RubricEvaluator: per-criterion precision, recall and F1 on our held-out labelled replies
 * and on the outside sets (EPITOME, ESConv, AnnoMI, read at run time from ../shared/benchmarks or the path
 * given), plus latency per reply.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec -Dbench=EvaluatorBench [-Dbench.args="PATH --errors --only=labelled"]</pre>
 * {@code --errors} lists the tuning split's mistakes (never the held-out ones); {@code --only=NAME[,NAME]} runs those
 * parts (labelled, timing, epitome, esconv, annomi); {@code --no-learned} / {@code --learned} switch the learned layer;
 * {@code --model=e5-small-v2-q} or {@code --model=bge-small-en-v15-q} grades with another embedding model
 * ({@link ModelUnderTest}; docs/evaluator.md, "Item 7").
 */
public final class EvaluatorBench {

    private EvaluatorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = SharedEvaluator.projectRoot();
        Path outside = root.resolve("../shared/benchmarks").normalize();
        boolean errors = false;
        boolean learning = RubricEvaluator.LEARNED_BY_DEFAULT;
        String only = "";
        // exec:exec passes -Dbench.args as one string; split it here.
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (ModelUnderTest.reads(arg)) {
                continue;
            } else if (arg.equals("--errors")) {
                errors = true;
            } else if (arg.equals("--no-learned") || arg.equals("--learned")) {
                learning = arg.equals("--learned");
            } else if (arg.startsWith("--only=")) {
                only = "," + arg.substring(7) + ",";
            } else if (!arg.isBlank() && !arg.equals("--")) {
                outside = Path.of(arg);
            }
        }
        long t0 = System.nanoTime();
        Map<String, Double> headline = new LinkedHashMap<>();
        ModelUnderTest under = ModelUnderTest.from(args, root);
        Evaluator evaluator = new dev.hotseat.evaluation.RubricEvaluator(under.library(), under.choice(),
                under.model(), learning);
        System.out.println("Learned layer: " + (learning ? "on" : "off (cues and exemplars only)"));
        startUp(evaluator, under, headline);
        if (!SharedEvaluator.library().problems().isEmpty()) {
            System.out.println("Prompt problems: " + SharedEvaluator.library().problems());
        }
        List<LabelledSet.Item> items = new ArrayList<>();
        for (String mode : new String[] {"customer", "interview"}) {
            items.addAll(LabelledSet.read(root.resolve("src/test/resources/labelled/" + mode + ".jsonl")));
        }
        if (runs(only, "labelled")) {
            labelled(evaluator, items, errors, headline);
        }
        if (runs(only, "timing")) {
            timing(learning, under, items, headline);
        }
        if (!Files.isDirectory(outside)) {
            System.out.println("Outside benchmarks not found at " + outside + " (pass their folder as an argument).");
        } else {
            if (runs(only, "epitome")) {
                Epitome.run(evaluator, outside.resolve("epitome"), headline);
            }
            if (runs(only, "esconv")) {
                Esconv.run(evaluator, outside.resolve("esconv"), headline);
            }
            if (runs(only, "annomi")) {
                AnnoMi.run(evaluator, outside.resolve("annomi"), headline);
            }
        }
        System.out.println("\nHEADLINE");
        headline.forEach((k, v) -> System.out.printf("  %-60s %s%n", k, Tally.fmt(v)));
        System.out.printf("(bench took %.0f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void labelled(Evaluator evaluator, List<LabelledSet.Item> items, boolean errors,
                                 Map<String, Double> headline) {
        for (String mode : new String[] {"customer", "interview"}) {
            List<LabelledSet.Item> ofMode = items.stream().filter(i -> i.mode().wire().equals(mode)).toList();
            System.out.println("Labelled " + mode + ", tuning split:");
            LabelledSet.score(evaluator, ofMode, "tune", errors);
            System.out.println("Labelled " + mode + ", HELD-OUT split:");
            headline.put("held-out macro-F1 " + mode, LabelledSet.score(evaluator, ofMode, "heldout", false));
            // The composed replies share generic pieces across the split; the first hand-written items do not.
            System.out.println("Labelled " + mode + ", HELD-OUT split, the first hand-written items only (category original):");
            headline.put("held-out macro-F1 " + mode + " (original items only)", LabelledSet.score(evaluator,
                    ofMode.stream().filter(i -> i.category().equals("original")).toList(), "heldout", false));
            for (String split : new String[] {"tune", "heldout"}) {
                System.out.println("Labelled " + mode + " by category (" + split + "): micro P/R/F1 over every criterion");
                Map<String, double[]> byCategory = LabelledSet.categories(evaluator, ofMode, split);
                if (split.equals("heldout")) {
                    byCategory.forEach((category, v) -> {
                        if (category.equals("stock-phrases")) {
                            headline.put("held-out stock-phrase mean score " + mode + " (goal <= 20)", v[0]);
                        }
                        if (category.equals("sarcasm") || category.equals("negation")) {
                            headline.put("held-out " + category + " share with no skill credited " + mode
                                    + " (goal >= 0.90)", v[1]);
                        }
                    });
                }
            }
        }
    }

    private static boolean runs(String only, String part) {
        return only.isEmpty() || java.util.List.of(only.split(",")).contains(part);
    }

    // Start-up: loading the model, then the first grade per mode, which embeds that rubric's exemplars once.
    private static void startUp(Evaluator evaluator, ModelUnderTest under, Map<String, Double> headline) {
        long t0 = System.nanoTime();
        for (dev.hotseat.persona.Mode mode : dev.hotseat.persona.Mode.values()) {
            evaluator.grade(new dev.hotseat.evaluation.Exchange(mode, "Hello.", "I'm sorry, let me sort this out for you.",
                    null, List.of(), List.of()));
        }
        double firstGrades = (System.nanoTime() - t0) / 1e6;
        System.out.printf("Start-up: model loaded in %.0f ms, first grade of each mode (exemplars embedded) %.0f ms "
                + "(load average %s)%n", under.loadMs(), firstGrades, loadAverage());
        headline.put("start-up ms (model load + first grade per mode)", under.loadMs() + firstGrades);
    }

    /** The machine's 1-minute load average, so a slow run on a busy machine can be told apart from a slow evaluator. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * Latency three ways. "cold": every clause and persona line embedded afresh (nothing remembered: what a reply
     * costs when nothing in it was met before; comparable with the figures from before the memory). "line heard":
     * the persona's line embedded ahead ({@code prepare}, as for a scripted line met before), every clause of the
     * reply new (a memory of one text, which the reply's first new clause pushes out). "remembering": the
     * shipped evaluator, new for each pass, so only texts met earlier in the same pass are remembered (persona
     * lines, and the generic pieces the labelled replies share: more of those than real replies would have).
     */
    private static void timing(boolean learning, ModelUnderTest under, List<LabelledSet.Item> items,
                               Map<String, Double> headline) {
        dev.hotseat.persona.PromptLibrary library = under.library();
        RubricEvaluator cold = new RubricEvaluator(library, under.choice(), under.model(), learning, 0);
        RubricEvaluator heard = new RubricEvaluator(library, under.choice(), under.model(), learning, 1);
        record Kind(java.util.function.Supplier<RubricEvaluator> fresh,
                    java.util.function.BiConsumer<RubricEvaluator, LabelledSet.Item> before) {
        }
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("cold", new Kind(() -> cold, (e, item) -> { }));
        kinds.put("line heard", new Kind(() -> heard, (e, item) -> e.prepare(item.context())));
        kinds.put("remembering", new Kind(() -> new RubricEvaluator(library, under.choice(), under.model(), learning),
                (e, item) -> { }));
        kinds.forEach((memory, kind) -> {
            String before = loadAverage();
            double[][] ms = LabelledSet.time(kind.fresh(), items, 5, kind.before());
            for (int i = 0; i < 2; i++) {
                String name = (i == 0 ? "wall-clock" : "CPU") + ", " + memory;
                double[] x = ms[i];
                double p50 = x[x.length / 2];
                double p95 = x[(int) Math.ceil(x.length * 0.95) - 1];
                double p99 = x[(int) Math.ceil(x.length * 0.99) - 1];
                System.out.printf("Latency per reply (%s) over %d gradings: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms (load average %s before, %s after)%n",
                        name, x.length, p50, p95, p99, x[x.length - 1], before, loadAverage());
                headline.put("latency p50 ms (" + name + ")", p50);
                headline.put("latency p95 ms (" + name + ")", p95);
                headline.put("latency p99 ms (" + name + ")", p99);
            }
        });
    }
}

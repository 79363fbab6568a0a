package dev.hotseat.bench;

import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grades a probe set of single replies, each with the criterion it should or should not show, and prints per writer
 * and criterion how many that should show it do and how many that should not do. The lines are written for
 * measuring and never trained on ({@code bench/probes/}); {@code --misses} prints the lines graded otherwise.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec -Dbench=ProbeSet -Dbench.args="bench/probes/one-line-fixes.tsv"</pre>
 */
public final class ProbeSet {

    private ProbeSet() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = List.of(String.join(" ", args).trim().split("\\s+"));
        boolean misses = given.contains("--misses");
        Path file = Path.of(given.stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse("bench/probes/one-line-fixes.tsv"));
        Map<String, int[]> tally = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String writer = f[0];
            String criterion = f[4];
            boolean expected = f[5].equals("1");
            Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.of(f[1]), f[2], f[3], null));
            boolean shown = g.detected(criterion);
            for (String key : List.of(writer + " " + criterion, "all " + criterion)) {
                int[] n = tally.computeIfAbsent(key, k -> new int[4]);
                n[expected ? 0 : 2]++;
                n[expected ? 1 : 3] += shown ? 1 : 0;
            }
            if (misses && shown != expected) {
                System.out.printf("  %s %s: %s%n", expected ? "missed" : "wrongly", criterion, f[3]);
            }
        }
        tally.forEach((key, n) -> System.out.printf(Locale.ROOT, "%-28s shows it: %d/%d (recall %.2f)   should not: %d/%d%n",
                key, n[1], n[0], n[0] == 0 ? 0 : (double) n[1] / n[0], n[3], n[2]));
    }
}

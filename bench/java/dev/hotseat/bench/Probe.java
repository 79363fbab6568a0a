package dev.hotseat.bench;

import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades hand-written lines and prints what was credited, for looking at the evaluator by eye.
 * Each line of the file is {@code mode<TAB>context<TAB>reply[<TAB>earlier reply]...}.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec -Dbench=Probe -Dbench.args=/path/to/lines.tsv</pre>
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(String.join(" ", args).trim()))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            List<String> earlier = new ArrayList<>(List.of(f).subList(3, f.length));
            Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.of(f[0]), f[1], f[2], null, earlier, List.of()));
            StringBuilder shown = new StringBuilder();
            g.criteria().stream().filter(c -> c.detected() || c.confidence() >= 0.2)
                    .forEach(c -> shown.append(c.detected() ? c.id() : "(" + c.id() + ")")
                            .append(String.format(java.util.Locale.ROOT, " %.2f", c.confidence()))
                            .append(c.detected() ? "[" + c.evidence() + "] " : " "));
            System.out.printf("%3d  %s%n     %s%n     %s%n", g.score(), f[2], shown, g.summary());
        }
    }
}

package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ESConv supporter turns. Each turn has one gold strategy (the supporter's primary act), so we report:
 * recall = share of turns with that strategy where the mapped skill was among those detected (the README's
 * suggestion), and primary-act P/R/F1, where our one predicted act is the mapped skill detected with the
 * highest confidence ("none" if no mapped skill fired). Dev chooses thresholds; test is the report.
 */
final class Esconv {

    static final Map<String, String> MAPPING = new LinkedHashMap<>();

    static {
        MAPPING.put("Questions", "clarify");
        MAPPING.put("Restatement or Paraphrasing", "restate");
        MAPPING.put("Reflection of feelings", "empathy");
        MAPPING.put("Providing Suggestions", "solution");
    }

    /** F1 of a published text classifier on the same strategies, as cited in issue 8 (for side-by-side reading). */
    static final Map<String, Double> PUBLISHED = Map.of("Questions", 0.81, "Restatement or Paraphrasing", 0.40,
            "Reflection of feelings", 0.27, "Providing Suggestions", 0.57);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Esconv() {
    }

    static void run(Evaluator evaluator, Path dir, Map<String, Double> headline) throws IOException {
        for (String split : new String[] {"dev", "test"}) {
            Map<String, Tally> recall = new LinkedHashMap<>();
            Map<String, Tally> primary = new LinkedHashMap<>();
            Map<String, Tally> binary = new LinkedHashMap<>();
            Map<String, int[]> firedOnOther = new LinkedHashMap<>();
            for (String line : Files.readAllLines(dir.resolve("esconv_" + split + "_supporter_turns.jsonl"))) {
                JsonNode n = JSON.readTree(line);
                String gold = n.get("strategy").asText();
                Grade g = evaluator.grade(new Exchange(Mode.CUSTOMER, lastSeeker(n), n.get("response").asText(), null));
                String predicted = primaryAct(g);
                for (var m : MAPPING.entrySet()) {
                    if (gold.equals(m.getKey())) {
                        recall.computeIfAbsent(m.getKey(), k -> new Tally()).add(true, g.detected(m.getValue()));
                    }
                    primary.computeIfAbsent(m.getKey(), k -> new Tally()).add(gold.equals(m.getKey()),
                            m.getValue().equals(predicted));
                    binary.computeIfAbsent(m.getKey(), k -> new Tally()).add(gold.equals(m.getKey()),
                            g.detected(m.getValue()));
                }
                int[] c = firedOnOther.computeIfAbsent(gold, k -> new int[MAPPING.size() + 1]);
                c[MAPPING.size()]++;
                int i = 0;
                for (String skill : MAPPING.values()) {
                    c[i++] += g.detected(skill) ? 1 : 0;
                }
            }
            System.out.println(" ESConv " + split + (split.equals("dev") ? " (threshold choice)" : " (report)") + ":");
            for (var m : MAPPING.entrySet()) {
                Tally r = recall.get(m.getKey());
                Tally p = primary.get(m.getKey());
                Tally b = binary.get(m.getKey());
                String name = m.getKey() + " ~ " + m.getValue();
                System.out.printf("  %-44s F1 (skill detected vs this strategy) %s (P %s R %s), published classifier F1 %.2f%n",
                        name, Tally.fmt(b.f1()), Tally.fmt(b.precision()), Tally.fmt(b.recall()), PUBLISHED.get(m.getKey()));
                System.out.printf("  %-44s multi-label recall %s | primary act: P %s R %s F1 %s (n %d)%n", name,
                        Tally.fmt(r.recall()), Tally.fmt(p.precision()), Tally.fmt(p.recall()), Tally.fmt(p.f1()),
                        r.positives());
                if (split.equals("test")) {
                    headline.put("ESConv " + name + " F1 (published " + PUBLISHED.get(m.getKey()) + ")", b.f1());
                    headline.put("ESConv " + name + " (recall)", r.recall());
                    headline.put("ESConv " + name + " (primary F1)", p.f1());
                }
            }
            System.out.println("  share of turns where each skill fired, by gold strategy (clarify restate empathy solution):");
            firedOnOther.forEach((gold, c) -> System.out.printf("    %-30s %.2f %.2f %.2f %.2f  (n %d)%n", gold,
                    c[0] / (double) c[4], c[1] / (double) c[4], c[2] / (double) c[4], c[3] / (double) c[4], c[4]));
        }
    }

    /** What the seeker said in the context window (up to 4 turns): a restatement often reaches back past the last. */
    private static String lastSeeker(JsonNode turn) {
        StringBuilder said = new StringBuilder();
        for (JsonNode c : turn.get("context")) {
            if ("seeker".equals(c.get("speaker").asText())) {
                said.append(c.get("text").asText()).append(' ');
            }
        }
        return said.toString().trim();
    }

    private static String primaryAct(Grade g) {
        return g.criteria().stream()
                .filter(c -> c.detected() && MAPPING.containsValue(c.id()))
                .max(java.util.Comparator.comparingDouble(CriterionResult::confidence))
                .map(CriterionResult::id).orElse("none");
    }
}

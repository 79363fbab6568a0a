package dev.hotseat.bench;

import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EPITOME (Reddit): ER ↔ empathy or apology, IP ↔ restate (and restate or empathy), EX ↔ clarify, at level ≥ 1
 * and level = 2. Pairs are
 * deduplicated; a pair whose duplicates disagree on a mechanism is left out of that mechanism. Rows whose
 * {@code (sp_id + rp_id).hashCode()} is even may be used to choose thresholds; the odd rows are the report.
 */
final class Epitome {

    private record Pair(String seeker, String response) {
    }

    // ER is compassion in any form; in peer support "I'm so sorry" is compassion, which our customer rubric
    // files under apology (sorry for what went wrong) rather than empathy, so ER maps to either.
    private static final String[][] MECHANISMS = {
        {"emotional-reactions-reddit.csv", "ER", "empathy|apology"},
        {"emotional-reactions-reddit.csv", "ER", "empathy"},
        {"interpretations-reddit.csv", "IP", "restate"},
        {"interpretations-reddit.csv", "IP", "restate|empathy"},
        {"explorations-reddit.csv", "EX", "clarify"}};

    private Epitome() {
    }

    static void run(Evaluator evaluator, Path dir, Map<String, Double> headline) throws IOException {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        List<Map<String, Integer>> levels = new java.util.ArrayList<>();
        for (String[] m : MECHANISMS) {
            levels.add(readLevels(dir.resolve(m[0]), pairs));
        }
        Map<String, Grade> grades = new HashMap<>();
        pairs.forEach((key, pair) -> grades.put(key,
                evaluator.grade(new Exchange(Mode.CUSTOMER, pair.seeker(), pair.response(), null))));
        for (String part : new String[] {"even (threshold choice)", "odd (report)"}) {
            boolean even = part.startsWith("even");
            System.out.println(" EPITOME, " + part + ":");
            for (int i = 0; i < MECHANISMS.length; i++) {
                for (int min : new int[] {1, 2}) {
                    Tally t = new Tally();
                    String skill = MECHANISMS[i][2];
                    levels.get(i).forEach((key, level) -> {
                        if ((key.hashCode() % 2 == 0) == even) {
                            t.add(level >= min, detected(grades.get(key), skill));
                        }
                    });
                    String name = MECHANISMS[i][1] + (min == 1 ? " >= 1" : " = 2") + " ~ " + skill;
                    System.out.println(t.row(name));
                    if (!even) {
                        headline.put("EPITOME " + name, t.f1());
                    }
                }
            }
        }
    }

    private static boolean detected(Grade grade, String skills) {
        for (String skill : skills.split("\\|")) {
            if (grade.detected(skill)) {
                return true;
            }
        }
        return false;
    }

    /** Level per pair key (sp_id + rp_id); conflicting duplicates are dropped (level -1 marks them). */
    private static Map<String, Integer> readLevels(Path file, Map<String, Pair> pairs) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file));
        Map<String, Integer> levels = new LinkedHashMap<>();
        Set<String> conflicts = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 5) {
                continue;
            }
            String key = row.get(0) + row.get(1);
            int level = Integer.parseInt(row.get(4).trim());
            pairs.putIfAbsent(key, new Pair(row.get(2), row.get(3)));
            Integer old = levels.putIfAbsent(key, level);
            if (old != null && old != level) {
                conflicts.add(key);
            }
        }
        conflicts.forEach(levels::remove);
        return levels;
    }
}

package dev.hotseat.partner;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import java.util.List;
import java.util.Set;

/** Hand-made evaluator findings for partner tests: the named criteria detected, quoting the whole reply. */
final class Findings {
    private static final Set<String> NEGATIVE = Set.of("deflect", "blame", "rant");

    private Findings() {
    }

    static Grade of(String reply, String... detected) {
        List<CriterionResult> results = java.util.Arrays.stream(detected)
                .map(id -> CriterionResult.of(id, NEGATIVE.contains(id) ? Polarity.NEGATIVE : Polarity.POSITIVE,
                        true, 0.9, reply, ""))
                .toList();
        int score = (int) results.stream().filter(r -> r.polarity() == Polarity.POSITIVE).count() * 25
                - (int) results.stream().filter(r -> r.polarity() == Polarity.NEGATIVE).count() * 30;
        return new Grade(score, results, "", false, "", "offline");
    }

    static Grade offTask(String reply) {
        return new Grade(0, List.of(), "", true, "", "offline");
    }
}

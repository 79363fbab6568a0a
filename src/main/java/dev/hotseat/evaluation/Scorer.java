package dev.hotseat.evaluation;

import dev.hotseat.persona.Role;
import dev.hotseat.persona.Scoring;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns verdicts into 0–100 the way the rubric's scoring says: each role's shown criteria add their weights up to
 * the role's share, habits take their weight away, and when the moment needs the problem moved on and nothing in
 * the reply does, the score stops at the rubric's {@code withoutAction}. Roles the moment does not need (a fix once
 * the call is closing) are left out of the sum, and what is left is scaled to 100.
 */
final class Scorer {

    /** The score and, when the cap applied, why. */
    record Result(int score, String capped) {
    }

    private Scorer() {
    }

    static Result score(List<Verdict> verdicts, Scoring scoring, Moment moment) {
        Map<Role, Integer> points = new EnumMap<>(Role.class);
        int lost = 0;
        boolean acted = false;
        for (Verdict v : verdicts) {
            if (!v.shown()) {
                continue;
            }
            Role role = v.criterion().role();
            if (role == Role.HABIT) {
                lost += v.criterion().weight();
            } else {
                points.merge(role, v.criterion().weight(), Integer::sum);
                acted |= role == Role.ACTION || role == Role.STORY;
            }
        }
        int earned = 0;
        int possible = 0;
        for (Map.Entry<Role, Integer> share : scoring.shares().entrySet()) {
            if (share.getKey() == Role.ACTION && !moment.needsAction() && !points.containsKey(Role.ACTION)) {
                continue; // a fix is no longer what this moment needs: it neither counts for nor against the reply
            }
            possible += share.getValue();
            earned += Math.min(share.getValue(), points.getOrDefault(share.getKey(), 0));
        }
        int score = possible == 0 ? 0 : Math.round(100f * earned / possible) - lost;
        score = Math.max(0, Math.min(100, score));
        if (moment.needsAction() && !acted && earned > 0 && score > scoring.withoutAction()) {
            return new Result(scoring.withoutAction(), "Warm words alone stop at " + scoring.withoutAction()
                    + ": nothing here moves the problem on yet.");
        }
        return new Result(score, "");
    }
}

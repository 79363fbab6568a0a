package dev.hotseat.core;

import java.util.List;
import java.util.Optional;

/**
 * The evaluator's verdict on one learner reply.
 *
 * @param score   0–100 from the rubric's weights; negative criteria subtract
 * @param offTask the reply addressed the grader instead of the persona; it earns nothing
 * @param rewrite a better version of the learner's reply, built from their own words ("" if none)
 * @param source  who graded: "offline", "llm", or "offline-fallback" when the model failed
 */
public record Grade(int score, List<CriterionResult> criteria, String summary, boolean offTask,
                    String rewrite, String source) {

    public Grade {
        criteria = List.copyOf(criteria);
        score = Math.max(0, Math.min(100, score));
    }

    public Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** True when the criterion was detected in the reply. */
    public boolean detected(String id) {
        return criterion(id).map(CriterionResult::detected).orElse(false);
    }
}

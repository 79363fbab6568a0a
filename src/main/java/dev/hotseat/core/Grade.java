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
 * @param reading what the reply does, clause by clause, as the reader read it (null for grades stored before
 *                readings existed); the partner and the reports read this, not the words
 */
public record Grade(int score, List<CriterionResult> criteria, String summary, boolean offTask,
                   String rewrite, String source, Reading reading) {

    public Grade {
        criteria = List.copyOf(criteria);
        score = Math.max(0, Math.min(100, score));
    }

    /** A grade without a reading (language-model grades made before the reading, tests). */
    public Grade(int score, List<CriterionResult> criteria, String summary, boolean offTask, String rewrite,
                 String source) {
        this(score, criteria, summary, offTask, rewrite, source, null);
    }

    public Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** True when the criterion was detected in the reply. */
    public boolean detected(String id) {
        return criterion(id).map(CriterionResult::detected).orElse(false);
    }

    /** The same grade carrying a reading (a language model's grade keeps the offline reading of the reply). */
    public Grade withReading(Reading newReading) {
        return new Grade(score, criteria, summary, offTask, rewrite, source, newReading);
    }
}

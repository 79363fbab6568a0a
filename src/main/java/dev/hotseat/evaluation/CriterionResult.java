package dev.hotseat.evaluation;

/**
 * The verdict on one rubric criterion for one reply.
 *
 * @param evidence a verbatim substring of the reply when detected, else ""
 * @param tip      what to do next, ideally with a better line built from the learner's own
 * @param unsure   true when two graders (language model and offline) disagreed
 * @param note     why, when unsure: both graders' reasons; else ""
 */
public record CriterionResult(String id, Polarity polarity, boolean detected, double confidence,
                              String evidence, String tip, boolean unsure, String note) {

    public static CriterionResult of(String id, Polarity polarity, boolean detected, double confidence,
                                     String evidence, String tip) {
        return new CriterionResult(id, polarity, detected, confidence, evidence, tip, false, "");
    }
}

package dev.hotseat.core;


/**
 * The verdict on one rubric criterion for one reply.
 *
 * @param evidence a verbatim substring of the reply when detected, else ""
 * @param tip      what to do next, ideally with a better line built from the learner's own
 * @param unsure   true when two graders (language model and offline) disagreed
 * @param note     why, when unsure: both graders' reasons; else ""
 * @param name     the criterion's name as the rubric gives it, so a coach's own criteria show by name ("" if unknown)
 * @param shownEarlier the learner already showed this skill earlier in the session, so it is not "not yet" now
 */
public record CriterionResult(String id, Polarity polarity, boolean detected, double confidence,
                              String evidence, String tip, boolean unsure, String note, String name,
                              boolean shownEarlier) {

    public CriterionResult {
        name = name == null ? "" : name;
    }

    /** A verdict with a display name, not marked as shown earlier (the shape before {@code shownEarlier}). */
    public CriterionResult(String id, Polarity polarity, boolean detected, double confidence,
                           String evidence, String tip, boolean unsure, String note, String name) {
        this(id, polarity, detected, confidence, evidence, tip, unsure, note, name, false);
    }

    /** A verdict without a display name. */
    public CriterionResult(String id, Polarity polarity, boolean detected, double confidence,
                           String evidence, String tip, boolean unsure, String note) {
        this(id, polarity, detected, confidence, evidence, tip, unsure, note, "");
    }

    public static CriterionResult of(String id, Polarity polarity, boolean detected, double confidence,
                                     String evidence, String tip) {
        return new CriterionResult(id, polarity, detected, confidence, evidence, tip, false, "");
    }

    /** The same verdict carrying the criterion's display name. */
    public CriterionResult named(String newName) {
        return new CriterionResult(id, polarity, detected, confidence, evidence, tip, unsure, note, newName,
                shownEarlier);
    }

    /** The same verdict marked as shown (or not) earlier in the session. */
    public CriterionResult earlier(boolean shown) {
        return new CriterionResult(id, polarity, detected, confidence, evidence, tip, unsure, note, name, shown);
    }
}

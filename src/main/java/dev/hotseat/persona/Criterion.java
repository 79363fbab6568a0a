package dev.hotseat.persona;

import dev.hotseat.core.Polarity;
import java.util.List;

/**
 * One skill (or habit to avoid) a rubric grades, read from prompts/rubrics/.
 *
 * @param source     title of the source article the idea comes from
 * @param why        why it matters, in our words (shown in tips)
 * @param cues       regular expressions that signal the skill in a clause
 * @param blockers   regular expressions that cancel a cue in the same clause (negation, non-apology…)
 * @param exemplars  example clauses that show the skill, for semantic similarity
 * @param counterExemplars example clauses that look close but do not show it
 * @param threshold  similarity to the exemplars (0–1) above which a clause counts without a cue
 * @param tip        the advice when the skill is missing (positive) or present (negative)
 * @param example    a model line showing the skill; {placeholders} are filled from the customer's words and
 *                   the scenario's facts
 * @param check      an extra test on the reply's context the clause must pass: "overlap" (shares content with
 *                   what the persona last said), "question", "action" (a concrete step), "conditional", "story",
 *                   or null/"" for none
 * @param learned    the learned layer's decision threshold (0–1, probability) for this criterion, overriding the one
 *                   shipped with its weights; 1 switches the layer off for it; null keeps the shipped one
 */
public record Criterion(
        String id,
        Polarity polarity,
        int weight,
        String name,
        String description,
        String why,
        String source,
        List<String> cues,
        List<String> blockers,
        List<String> exemplars,
        List<String> counterExemplars,
        double threshold,
        String tip,
        String example,
        String check,
        Double learned) {

    /** The criterion with the learned layer's shipped threshold (the shape before {@code learned} was added). */
    public Criterion(String id, Polarity polarity, int weight, String name, String description, String why,
                     String source, List<String> cues, List<String> blockers, List<String> exemplars,
                     List<String> counterExemplars, double threshold, String tip, String example, String check) {
        this(id, polarity, weight, name, description, why, source, cues, blockers, exemplars, counterExemplars,
                threshold, tip, example, check, null);
    }

    /** The criterion without a context check (the shape before {@code check} was added). */
    public Criterion(String id, Polarity polarity, int weight, String name, String description, String why,
                     String source, List<String> cues, List<String> blockers, List<String> exemplars,
                     List<String> counterExemplars, double threshold, String tip, String example) {
        this(id, polarity, weight, name, description, why, source, cues, blockers, exemplars, counterExemplars,
                threshold, tip, example, null);
    }
}

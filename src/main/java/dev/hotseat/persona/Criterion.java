package dev.hotseat.persona;

import dev.hotseat.core.Polarity;
import java.util.List;

/**
 * One skill (or habit to avoid) a rubric grades, read from prompts/rubrics/.
 *
 * @param role        what it does for the person: heard, action, followup, story, or habit (negative criteria)
 * @param weight      its points in the score (a habit takes them away)
 * @param why         why it matters, in our words (shown in tips)
 * @param source      title of the source article the idea comes from
 * @param reads       the reader's acts that count as this criterion (its own id when the file names none), e.g.
 *                    "blame" reads blaming and condescending
 * @param examples    replies (or parts of replies) that show it: the reader's example layer, and all there is for
 *                    a criterion the trained reader does not know
 * @param notExamples replies that look close but do not show it
 * @param tip         the advice when the skill is missing (positive) or present (negative)
 * @param example     a model line showing the skill; {placeholders} are filled from the scenario and the moment
 * @param moments     the moments of a conversation where it matters most ("complaint", "pushback", "closing"); empty: any
 */
public record Criterion(
        String id,
        Polarity polarity,
        Role role,
        int weight,
        String name,
        String description,
        String why,
        String source,
        List<String> reads,
        List<String> examples,
        List<String> notExamples,
        String tip,
        String example,
        List<String> moments) {

    public Criterion {
        reads = reads == null || reads.isEmpty() ? List.of(id) : List.copyOf(reads);
        examples = examples == null ? List.of() : List.copyOf(examples);
        notExamples = notExamples == null ? List.of() : List.copyOf(notExamples);
        moments = moments == null ? List.of() : List.copyOf(moments);
    }

    /** The criterion's examples (the shape the evaluator's example layer reads). */
    public List<String> exemplars() {
        return examples;
    }

    public List<String> counterExemplars() {
        return notExamples;
    }
}

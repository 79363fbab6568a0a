package dev.hotseat.evaluation;

/**
 * A clause of a learner's reply: {@code text} is always {@code reply.substring(start, end)}.
 *
 * @param sentence the whole sentence the clause sits in (blockers such as "sorry, but" look across clauses)
 */
public record Clause(String text, int start, int end, String sentence) {

    /** True when the clause or its sentence ends in a question mark. */
    public boolean isQuestion() {
        return text.endsWith("?") || sentence.endsWith("?");
    }
}

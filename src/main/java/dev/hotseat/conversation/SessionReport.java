package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The end-of-session report the learner reads.
 *
 * @param replies       how many replies the learner sent
 * @param averageScore  mean score of the graded replies (0 when none)
 * @param strengths     the skills shown most often, most frequent first
 * @param practiseNext  skills never shown and habits to drop, each with a tip
 * @param summary       one line that says it all
 * @param sessionScore  0–100 for the conversation as a whole: how it ended, the skills shown when they mattered, and
 *                      the habits shown (see {@link SessionScore})
 * @param sessionWhy    the session score explained in one sentence ("" when not computed)
 * @param verdict       a completed interview's verdict: strong, mixed or weak (null for anything else)
 */
public record SessionReport(Outcome outcome, int replies, int averageScore, List<Strength> strengths,
                            List<Practice> practiseNext, String summary, int sessionScore, String sessionWhy,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String verdict) {

    public SessionReport {
        strengths = List.copyOf(strengths);
        practiseNext = List.copyOf(practiseNext);
        sessionWhy = sessionWhy == null ? "" : sessionWhy;
    }

    /** A report without an interview verdict (every session that is not a completed interview). */
    public SessionReport(Outcome outcome, int replies, int averageScore, List<Strength> strengths,
                         List<Practice> practiseNext, String summary, int sessionScore, String sessionWhy) {
        this(outcome, replies, averageScore, strengths, practiseNext, summary, sessionScore, sessionWhy, null);
    }

    /** A report without a session score (the shape before the session score was added). */
    public SessionReport(Outcome outcome, int replies, int averageScore, List<Strength> strengths,
                         List<Practice> practiseNext, String summary) {
        this(outcome, replies, averageScore, strengths, practiseNext, summary, averageScore, "");
    }

    /** A skill the learner showed, and in how many replies. */
    public record Strength(String id, String name, int count) {
    }

    /** A skill to work on next (or a habit to drop), with what to try. */
    public record Practice(String id, String name, String tip) {
    }
}

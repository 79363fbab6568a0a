package dev.hotseat.history;

import java.time.Instant;
import java.util.List;

/**
 * Per-skill trend across a learner's finished sessions, oldest first, and what stands out overall.
 *
 * @param sessions one point per finished session with at least one reply
 * @param skills   one line per skill: the share (0-100) of that session's replies that showed it, null when the
 *                 session was graded on another rubric
 */
public record Progress(List<Point> sessions, List<SkillTrend> skills, List<Highlight> strengths,
                       List<Highlight> practiseNext) {

    /** One finished session on the chart. */
    public record Point(String session, String scenario, String title, Instant at, int score) {
    }

    /** A skill (or, for a negative one, a habit) over the sessions. */
    public record SkillTrend(String id, String name, String polarity, List<Integer> values) {
    }

    /** A skill overall: in what share of all replies it showed, and a tip for what to try. */
    public record Highlight(String id, String name, int percent, String tip) {
    }
}

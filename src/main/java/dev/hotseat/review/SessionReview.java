package dev.hotseat.review;

import java.time.Instant;
import java.util.List;

/**
 * What coaches said about one session: criterion marks on turns, comments on turns, and a verdict.
 *
 * @param verdict null until a coach gives one
 */
public record SessionReview(String session, List<Mark> marks, List<Comment> comments, Verdict verdict) {

    public SessionReview {
        marks = List.copyOf(marks);
        comments = List.copyOf(comments);
    }

    /** A review with nothing in it, as a learner sees an exam that is still going on. */
    public static SessionReview empty(String session) {
        return new SessionReview(session, List.of(), List.of(), null);
    }

    /** The coach's word on one criterion of one learner turn: shown or not, and why in one line. */
    public record Mark(int turn, String criterion, boolean shown, String reason, String coach, Instant at) {
    }

    /** A coach's remark anchored to a turn. */
    public record Comment(String id, int turn, String text, String coach, Instant at) {
    }

    /** The coach's pass or fail for the whole session; it wins over the score against a pass mark. */
    public record Verdict(boolean pass, String reason, String coach, Instant at) {
    }
}

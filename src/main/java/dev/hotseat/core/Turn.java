package dev.hotseat.core;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import java.time.Instant;

/**
 * One line of a conversation.
 *
 * @param index position in the session, from 0
 * @param mood  the persona's mood after this line (partner turns only, else null)
 * @param move  the conversational move a partner line made, e.g. "reveal:deadline" (partner turns only)
 * @param grade the evaluator's verdict (learner turns only; null until graded)
 */
public record Turn(int index, Speaker speaker, String text, Instant at, Mood mood, String move, Grade grade) {

    public static Turn learner(int index, String text) {
        return new Turn(index, Speaker.LEARNER, text, Instant.now(), null, null, null);
    }

    public static Turn partner(int index, String text, Mood mood, String move) {
        return new Turn(index, Speaker.PARTNER, text, Instant.now(), mood, move, null);
    }

    public Turn withGrade(Grade newGrade) {
        return new Turn(index, speaker, text, at, mood, move, newGrade);
    }

    public boolean byLearner() {
        return speaker == Speaker.LEARNER;
    }
}

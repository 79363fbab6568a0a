package dev.hotseat.evaluation;

/**
 * A language model (persona or judge) gave no usable answer: unreachable, too slow, stalled, refused,
 * malformed or out of character. The turn pipeline falls back to the offline engines and tells the learner.
 */
public class ModelFailedException extends RuntimeException {

    public ModelFailedException(String message) {
        super(message);
    }

    public ModelFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.hotseat.conversation;

/** Told how turns go, for the operator's metrics; the pipeline does not depend on who listens. */
public interface TurnMeter {

    /** A learner's reply was stored, graded and answered in {@code nanos}. */
    void turn(long nanos);

    /** The offline evaluator's findings on one reply took {@code nanos}: its share of a turn. */
    default void evaluated(long nanos) {
    }

    /** A language model failed and the offline engine stood in; {@code engine} is "persona" or "judge". */
    void modelFailed(String engine);

    /** Nobody listens. */
    TurnMeter NONE = new TurnMeter() {
        @Override public void turn(long nanos) { }
        @Override public void modelFailed(String engine) { }
    };
}

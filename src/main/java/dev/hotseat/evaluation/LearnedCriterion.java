package dev.hotseat.evaluation;

/**
 * A logistic regression over one clause: its MiniLM vector plus what the cue layer saw there (see
 * {@link CriterionDetector#signals}). Trained offline on our own tuning replies only ({@link LearnedTraining}).
 *
 * @param threshold probability at or above which a clause shows the criterion without a cue
 */
record LearnedCriterion(String id, double threshold, double bias, float[] weights) {

    /** The probability that the clause shows the criterion. */
    double probability(float[] vector, double[] signals) {
        double z = bias;
        for (int i = 0; i < vector.length; i++) {
            z += weights[i] * vector[i];
        }
        for (int j = 0; j < signals.length; j++) {
            z += weights[vector.length + j] * signals[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The same weights with another decision threshold. */
    LearnedCriterion withThreshold(double t) {
        return new LearnedCriterion(id, t, bias, weights);
    }
}

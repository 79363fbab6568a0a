package dev.hotseat.evaluation;

import java.util.List;

/**
 * L2-regularised, class-weighted logistic regression by full-batch gradient descent from zero weights: no
 * randomness, so the same rows always give the same model. A few hundred rows of 388 numbers train in well
 * under a second.
 */
final class LogisticRegression {

    private static final int ITERATIONS = 300;
    private static final double RATE = 2.0;
    private static final double L2 = 1e-3;
    private static final double MAX_POSITIVE_WEIGHT = 10;

    private LogisticRegression() {
    }

    /** The model for rows {@code xs} with 0/1 targets {@code ys}; threshold 0.5 until the caller chooses one. */
    static LearnedCriterion fit(String id, List<double[]> xs, List<Double> ys) {
        int n = xs.size();
        int dim = xs.get(0).length;
        double positives = ys.stream().filter(y -> y == 1.0).count();
        double posWeight = Math.min(MAX_POSITIVE_WEIGHT, (n - positives) / positives);
        double[] w = new double[dim];
        double b = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm += ys.get(i) == 1.0 ? posWeight : 1;
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[dim];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double[] x = xs.get(i);
                double z = b;
                for (int k = 0; k < dim; k++) {
                    z += w[k] * x[k];
                }
                double y = ys.get(i);
                double err = (1 / (1 + Math.exp(-z)) - y) * (y == 1.0 ? posWeight : 1);
                for (int k = 0; k < dim; k++) {
                    g[k] += err * x[k];
                }
                gb += err;
            }
            for (int k = 0; k < dim; k++) {
                w[k] -= RATE * (g[k] / norm + L2 * w[k]);
            }
            b -= RATE * gb / norm;
        }
        float[] weights = new float[dim];
        for (int k = 0; k < dim; k++) {
            weights[k] = (float) w[k];
        }
        return new LearnedCriterion(id, 0.5, b, weights);
    }
}

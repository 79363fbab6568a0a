package dev.hotseat.bench;

import java.util.List;

/** Cohen's kappa between two labellers' yes/no labels on the same items. */
final class Kappa {

    private Kappa() {
    }

    /** @param pairs each {first labeller, second labeller}; NaN when there is nothing to compare */
    static double of(List<boolean[]> pairs) {
        double n = pairs.size();
        if (n == 0) {
            return Double.NaN;
        }
        double both = 0;
        double first = 0;
        double second = 0;
        double agree = 0;
        for (boolean[] p : pairs) {
            first += p[0] ? 1 : 0;
            second += p[1] ? 1 : 0;
            both += p[0] && p[1] ? 1 : 0;
            agree += p[0] == p[1] ? 1 : 0;
        }
        double po = agree / n;
        double pe = (first / n) * (second / n) + (1 - first / n) * (1 - second / n);
        return pe >= 1 ? 1.0 : (po - pe) / (1 - pe);
    }
}

package dev.hotseat.review;

/**
 * Agreement between two raters on yes/no labels: percent agreement and Cohen's kappa, which discounts the
 * agreement two raters would reach by chance given how often each says yes.
 *
 * @param n        how many items both rated
 * @param agreed   on how many they gave the same label
 * @param kappa    Cohen's kappa; null when it is undefined: no items, or both raters gave one and the same
 *                 label to everything (chance agreement is then 1, and 0/0 says nothing)
 */
public record Kappa(int n, int agreed, Double kappa) {

    /** Counts pairs (first rater's label, second rater's label). */
    public static Kappa of(boolean[] first, boolean[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("Two raters must label the same items: " + first.length
                    + " labels against " + second.length);
        }
        int n = first.length;
        int agreed = 0;
        int firstYes = 0;
        int secondYes = 0;
        for (int i = 0; i < n; i++) {
            agreed += first[i] == second[i] ? 1 : 0;
            firstYes += first[i] ? 1 : 0;
            secondYes += second[i] ? 1 : 0;
        }
        if (n == 0) {
            return new Kappa(0, 0, null);
        }
        double observed = (double) agreed / n;
        double p1 = (double) firstYes / n;
        double p2 = (double) secondYes / n;
        double chance = p1 * p2 + (1 - p1) * (1 - p2);
        // Exactly 1 only when both raters said the same single label to every item.
        Double kappa = chance >= 1.0 ? null : (observed - chance) / (1 - chance);
        return new Kappa(n, agreed, kappa);
    }

    /** Share of items with the same label, 0–100; null with no items. */
    public Double percent() {
        return n == 0 ? null : 100.0 * agreed / n;
    }
}

package dev.hotseat.bench;

/** Counts of true/false positives and negatives for one skill, with precision, recall and F1. */
final class Tally {

    private int tp;
    private int fp;
    private int fn;
    private int tn;

    void add(boolean gold, boolean predicted) {
        if (gold && predicted) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (gold) {
            fn++;
        } else {
            tn++;
        }
    }

    int positives() {
        return tp + fn;
    }

    int predicted() {
        return tp + fp;
    }

    double precision() {
        return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        if (tp == 0) {
            return positives() == 0 && predicted() == 0 ? Double.NaN : 0;
        }
        return 2 * p * r / (p + r);
    }

    String row(String name) {
        return String.format("  %-34s P %s  R %s  F1 %s   (gold+ %d, predicted+ %d, n %d)", name, fmt(precision()),
                fmt(recall()), fmt(f1()), positives(), predicted(), tp + fp + fn + tn);
    }

    static String fmt(double x) {
        return Double.isNaN(x) ? "  -  " : String.format("%.3f", x);
    }
}

package dev.hotseat.evaluation;

import java.util.List;
import java.util.function.Supplier;

/**
 * A criterion's examples (shows it / does not), as vectors: the reader's example layer. For an act the reader
 * was trained on, only a near-copy of an example overrules it (a coach said "this grade is wrong" about words like
 * these); for a criterion the reader does not know, the nearest examples decide.
 */
record Examples(List<float[]> shows, List<float[]> not, boolean learned) {

    /** Closer than this to an example, a clause says the same thing: the example's verdict stands. */
    static final double NEAR = 0.88;
    /** For a criterion known only by its examples: this close to a "shows" example (and nearer it than to any
     * "does not") counts as showing it. */
    static final double LIKE = 0.72;

    boolean isEmpty() {
        return shows.isEmpty() && not.isEmpty();
    }

    /** Above this (in the reply's context) a clause may be a near-copy of an example: read it on its own to see. */
    static final double MAYBE = 0.7;

    /**
     * The act's confidence for a clause, given the reader's own ({@code learnedConfidence}, 0 when unknown).
     * {@code clause} is the clause as read in the reply, after the customer's line; an example was read on its own,
     * so a clause that may be a near-copy is also compared as read on its own ({@code alone}, asked only then:
     * it costs a pass of the encoder).
     */
    double adjust(double learnedConfidence, float[] clause, Supplier<float[]> alone) {
        double yes = nearest(shows, clause);
        double no = nearest(not, clause);
        if (Math.max(yes, no) >= MAYBE) {
            float[] own = alone.get();
            yes = Math.max(yes, nearest(shows, own));
            no = Math.max(no, nearest(not, own));
        }
        if (learned) {
            if (yes >= NEAR && yes > no) {
                return Math.max(learnedConfidence, 0.5 + (yes - NEAR));
            }
            if (no >= NEAR && no > yes) {
                return Math.min(learnedConfidence, 0.5 - (no - NEAR) - 0.01);
            }
            return learnedConfidence;
        }
        if (yes <= no) {
            return Math.min(0.49, Math.max(0, yes - (no - yes)) * 0.5);
        }
        // 0.5 at LIKE, rising to 1 at a copy; below LIKE it falls off towards 0.
        return Math.max(0, Math.min(1, 0.5 + (yes - LIKE) / (2 * (1 - LIKE))));
    }

    private static double nearest(List<float[]> examples, float[] clause) {
        double best = -1;
        for (float[] e : examples) {
            best = Math.max(best, ReaderModel.cosine(e, clause));
        }
        return best;
    }
}

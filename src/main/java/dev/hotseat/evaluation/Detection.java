package dev.hotseat.evaluation;

/**
 * What a detector found for one criterion in one reply.
 *
 * @param evidence the clause that triggered, verbatim from the reply ("" when not detected)
 * @param start    where the evidence starts in the reply (end is exclusive)
 * @param how      "cue", "meaning", "echo" (means what the persona said) or "shape": which signal fired (for coaches and debugging)
 */
record Detection(boolean detected, double confidence, String evidence, String how, int start, int end) {

    static final Detection NONE = new Detection(false, 0, "", "", 0, 0);
}

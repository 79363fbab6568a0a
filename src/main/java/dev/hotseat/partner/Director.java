package dev.hotseat.partner;

/** Decides the persona's next move and mood from the scenario, the history and the evaluator's findings. */
public interface Director {

    /** Plans the next partner line; deterministic for the same request. */
    Plan plan(PartnerRequest request);
}

package dev.hotseat.partner;

import dev.hotseat.persona.Mode;

/**
 * The offline director for every scenario: an upset customer or an interviewer, as the scenario's mode says.
 * Keeps no state; everything it needs comes from the request's history. See docs/mood-model.md.
 */
public final class ScenarioDirector implements Director {
    private final CustomerDirector customer = new CustomerDirector();
    private final InterviewDirector interviewer = new InterviewDirector();

    @Override
    public Plan plan(PartnerRequest request) {
        return request.scenario().mode() == Mode.INTERVIEW ? interviewer.plan(request) : customer.plan(request);
    }
}

// PLACEHOLDER until scenarios lands
package dev.hotseat.partner;

/** Placeholder: the real mood model and move choice come with the scenarios work. */
public final class ScenarioDirector implements Director {
    @Override
    public Plan plan(PartnerRequest request) {
        return new Plan("opening", request.mood(), "Hello.", "Say hello.", null);
    }
}

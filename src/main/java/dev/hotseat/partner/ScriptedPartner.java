// PLACEHOLDER until scenarios lands
package dev.hotseat.partner;

import java.util.function.Consumer;

/** Placeholder: the real scripted persona comes with the scenarios work. */
public final class ScriptedPartner implements PartnerEngine {
    private final Director director;

    public ScriptedPartner(Director director) {
        this.director = director;
    }

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        Plan plan = director.plan(request);
        onDelta.accept(plan.scriptedLine());
        return new PartnerLine(plan.scriptedLine(), plan.mood(), plan.move(), plan.outcome());
    }
}

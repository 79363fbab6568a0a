package dev.hotseat.partner;

import java.util.function.Consumer;

/** The offline partner: says the director's scripted line, handing it out word by word like a model would. */
public final class ScriptedPartner implements PartnerEngine {
    private final Director director;

    public ScriptedPartner(Director director) {
        this.director = director;
    }

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        Plan plan = director.plan(request);
        String line = plan.scriptedLine();
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            // a word and the spaces after it, as a model streams tokens
            boolean wordEnds = i == line.length() || (!Character.isWhitespace(line.charAt(i))
                    && Character.isWhitespace(line.charAt(i - 1)));
            if (wordEnds) {
                onDelta.accept(line.substring(start, i));
                start = i;
            }
        }
        return new PartnerLine(line, plan.mood(), plan.move(), plan.outcome());
    }
}

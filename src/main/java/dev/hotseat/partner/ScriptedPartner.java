package dev.hotseat.partner;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The offline partner: says the director's scripted line, handing it out word by word like a model would. */
public final class ScriptedPartner implements PartnerEngine {
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");
    private final Director director;

    public ScriptedPartner(Director director) {
        this.director = director;
    }

    @Override
    public PartnerLine reply(PartnerRequest request, Consumer<String> onDelta) {
        Plan plan = director.plan(request);
        Matcher words = WORD.matcher(plan.scriptedLine());
        while (words.find()) {
            onDelta.accept(words.group());
        }
        return new PartnerLine(plan.scriptedLine(), plan.mood(), plan.move(), plan.outcome());
    }
}

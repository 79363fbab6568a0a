package dev.hotseat.partner;

import dev.hotseat.core.Reading;
import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Scenario;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's answer to a rep's question. A hidden fact comes out only to a question that asks for it (the
 * reader matches the question to the fact's {@code askedBy} questions by meaning; a hard customer needs it asked
 * more precisely), and once only: asked again, they say they already told you. Any other question about their
 * call is answered from their case as they know it (the {@code details} lines), and after that there is nothing
 * more to tell. "Anything else?" never draws out what they kept back.
 */
record Answers(Scenario s, CustomerState state, Reply reply, LinePicker lines) {

    Step answer() {
        double cut = CustomerDirector.revealCut(s);
        Optional<Scenario.HiddenFact> fresh = asked(cut, false);
        if (fresh.isPresent()) {
            return reveal(fresh.get());
        }
        Optional<Scenario.HiddenFact> told = asked(cut, true);
        if (told.isPresent()) {
            String what = lines.fill(told.get().text(), Map.of());
            return new Step("already-told", lines.customer("already-told", Map.of("told", what)),
                    Intents.of("already-told", Map.of("told", what)), 3, null);
        }
        if (reply.shows("collaborate")) {
            return Step.of("suggest", lines.customer("suggest"), Intents.of("suggest", s));
        }
        String recital = lines.recital();
        if (!state.caseTold() && !recital.isEmpty()) {
            // the recital is their details already, so the demand after it comes without one
            String press = pressing() ? " " + lines.customer("press") : "";
            return Step.of("answer:case" + pressMove(), recital + press,
                    "Answer their question from what you know of your case (" + recital + "), then press on.");
        }
        return Step.of("nothing-more", lines.customer("nothing-more"), Intents.of("nothing-more", s));
    }

    /**
     * The hidden fact, already told or not as asked, that a question asks for most closely: a part the reader reads
     * as a clarifying question, or one that plainly asks for that very thing ({@link Reply#PLAINLY}).
     */
    private Optional<Scenario.HiddenFact> asked(double cut, boolean told) {
        return reply.reading().matches().stream()
                .filter(m -> m.kind().equals("asks") && m.score() >= cut && question(m.part()))
                .filter(m -> m.score() >= Reply.PLAINLY || reply.reading().parts().get(m.part()).shows("clarify"))
                .filter(m -> state.revealed().contains(m.id()) == told)
                .max(Comparator.comparingDouble(Reading.Match::score))
                .flatMap(m -> s.hiddenFacts().stream().filter(f -> f.id().equals(m.id())).findFirst());
    }

    private boolean question(int part) {
        return part >= 0 && part < reply.reading().parts().size() && reply.reading().parts().get(part).question();
    }

    private Step reveal(Scenario.HiddenFact fact) {
        // "If you must know" after a kind, careful question would be rude: the lead-in is for a curt question only.
        String lead = reply.hears() ? "" : lines.customer("reveal");
        String line = (lead.isEmpty() ? "" : lead + " ") + lines.fill(fact.text(), Map.of());
        return Step.of("reveal:" + fact.id(), line, Intents.of("reveal", Map.of("fact", fact.text())));
    }

    /** Their demand after a plain answer, only when their last line didn't already end on a question. */
    private String press() {
        return pressing() ? " " + lines.demand() : "";
    }

    private String pressMove() {
        return pressing() ? "+press" : "";
    }

    private boolean pressing() {
        return state.partnerLines().isEmpty() || !state.partnerLines().getLast().strip().endsWith("?");
    }
}

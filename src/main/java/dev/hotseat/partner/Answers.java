package dev.hotseat.partner;

import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The customer's answer to a rep's question. A person answers the question asked: the fact it names, a
 * reminder when they already said it, "I don't have that to hand" for a detail they never had, "of course I
 * did" to "did you check?", and only an open question makes them volunteer what they kept back.
 */
record Answers(Scenario s, CustomerState state, Reply reply, LinePicker lines) {
    private static final Pattern REFERENCE = Pattern.compile("order|account|booking|reference|card|flight|policy"
            + "|customer|ticket|case");

    /**
     * @param prefix the reaction said first (a restatement confirmed or corrected), or ""
     * @param first  the matching instruction for a language model, or ""
     */
    Step answer(String prefix, String first) {
        FactQuestion q = FactQuestion.of(s, reply.text(), state::said);
        return switch (q.kind()) {
            case NAME -> Step.of("answer:name" + pressMove(), prefix + "It's " + s.persona().name() + "." + press(),
                    first + "Tell them your name, " + s.persona().name() + ", then press on.");
            case HIDDEN -> state.revealed().contains(q.hidden().id())
                    ? told(prefix, first, lines.fill(q.hidden().text(), Map.of()))
                    : reveal(prefix, first, q.hidden());
            case STATED -> stated(prefix, first, q.fact());
            // Admin questions answered, but they calm no one: the clarify credit is taken back (+3).
            case PERSONAL -> admin("personal", prefix, first, Map.of("ref", reference()));
            case UNKNOWN -> admin("unknown", prefix, first, Map.of("ref", reference()));
            case CHECKED -> admin("checked", prefix, first, Map.of());
            case OPEN -> open(prefix, first);
            case SMALL_TALK -> new Step("offtask+press", prefix + lines.customer("offtask") + " " + lines.demand(),
                    first + Intents.of("offtask"), MoodRules.step(s.mood()), null);
        };
    }

    /** An admin question ("personal", "unknown", "checked") answered by the line group and intent of that name. */
    private Step admin(String kind, String prefix, String first, Map<String, String> said) {
        return new Step(kind + pressMove(), prefix + lines.customer(kind, said) + press(), first + Intents.of(kind, said),
                3, null);
    }

    private Step stated(String prefix, String first, Map.Entry<String, String> fact) {
        // Asked for something they said in an earlier line: a person says so, a little put out.
        if (state.said(fact.getValue())) {
            return told(prefix, first, fact.getValue());
        }
        String line = prefix + sentence(fact.getValue()) + press();
        return Step.of("answer:" + fact.getKey() + pressMove(), line,
                first + "Answer their question plainly: " + fact.getKey() + " is " + fact.getValue() + ". Then press on.");
    }

    private Step open(String prefix, String first) {
        Optional<Scenario.HiddenFact> next = s.hiddenFacts().stream()
                .filter(f -> !state.revealed().contains(f.id())).findFirst();
        if (next.isPresent() && CustomerDirector.volunteers(s)) {
            return reveal(prefix, first, next.get());
        }
        if (next.isPresent()) {
            return Step.of("evade", prefix + lines.customer("press"), first + Intents.of("evade", s));
        }
        return Step.of("nothing-more", prefix + lines.customer("nothing-more"), first + Intents.of("nothing-more", s));
    }

    private Step reveal(String prefix, String first, Scenario.HiddenFact fact) {
        // "If you must know" after a kind, careful question would be rude: the lead-in is for a curt question only.
        String lead = Progress.acknowledges(reply) ? "" : lines.customer("reveal");
        String line = prefix + (lead.isEmpty() ? "" : lead + " ") + lines.fill(fact.text(), Map.of());
        return Step.of("reveal:" + fact.id(), line, first + Intents.of("reveal", Map.of("fact", fact.text())));
    }

    private Step told(String prefix, String first, String what) {
        String line = prefix + lines.customer("already-told", Map.of("told", sentence(what)));
        return new Step("already-told", line, first + Intents.of("already-told", Map.of("told", what)), 3, null);
    }

    /**
     * The customer's demand, added after a plain answer only when their last line didn't already end on a
     * question: "When did you order?" "Monday." needs no "so what are you going to do?" every time.
     */
    private String press() {
        return pressing() ? " " + lines.demand() : "";
    }

    private String pressMove() {
        return pressing() ? "+press" : "";
    }

    private boolean pressing() {
        return state.partnerLines().isEmpty() || !state.partnerLines().getLast().strip().endsWith("?");
    }

    /**
     * What the customer would read out instead of a detail: the fact named like a reference (order, account,
     * booking…), else their first fact. Play-testing: "it'll all be on the bill, dear. £412" read a sum as a reference.
     */
    String reference() {
        return s.facts().entrySet().stream().filter(e -> REFERENCE.matcher(e.getKey()).find()).findFirst()
                .or(() -> s.facts().entrySet().stream().findFirst()).map(Map.Entry::getValue).orElse("what I've told you");
    }

    /** A fact value as a spoken sentence: a capital first, a full stop last. */
    static String sentence(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return v;
        }
        v = Character.toUpperCase(v.charAt(0)) + v.substring(1);
        return v.matches(".*[.!?]$") ? v : v + ".";
    }
}

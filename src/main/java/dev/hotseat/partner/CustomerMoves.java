package dev.hotseat.partner;

import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customer's reaction to one reply, chosen in a fixed order: faults first, then offers, then listening. */
final class CustomerMoves {
    private final Scenario s;
    private final CustomerState state;
    private final Reply reply;
    private final LinePicker lines;
    private final int moodBefore;

    CustomerMoves(Scenario scenario, CustomerState state, Reply reply, LinePicker lines, int moodBefore) {
        this.s = scenario;
        this.state = state;
        this.reply = reply;
        this.lines = lines;
        this.moodBefore = moodBefore;
    }

    Step choose() {
        if (reply.offTask()) {
            return pair("offtask", "press", Intents.OFF_TASK);
        }
        if (reply.has("blame")) {
            return Step.of("blame", lines.customer("blame"), Intents.BLAME);
        }
        if (reply.has("deflect") && !reply.has("solution")) { // a real offer is answered even if wrapped in policy-speak
            return Step.of("deflect", lines.customer("deflect"), Intents.DEFLECT);
        }
        if (reply.has("solution")) {
            return offer();
        }
        if (reply.has("firm")) {
            return limit();
        }
        if (state.accepted() && !reply.empty()) {
            return new Step("accept", lines.customer("accept"), Intents.accept(s), -MoodRules.SETTLE_BONUS, null);
        }
        if (reply.has("clarify")) {
            return answer();
        }
        if (reply.has("restate")) {
            return summary("press");
        }
        if (reply.has("collaborate")) {
            return Step.of("suggest", lines.customer("suggest"), Intents.suggest(s));
        }
        return acknowledgement();
    }

    private Step offer() {
        String offered = reply.evidence("solution") + " " + reply.text();
        if (Reply.mentions(offered, s.wants().acceptedIf())) {
            return new Step("accept", lines.customer("accept"), Intents.accept(s), -MoodRules.ACCEPT_BONUS, null);
        }
        if (moodBefore <= s.mood().calmEnough()) {
            return new Step("accept", lines.customer("accept"), Intents.accept(s), -MoodRules.SETTLE_BONUS, null);
        }
        if (reply.has("firm")) {
            return limit();
        }
        return Step.of("reject", lines.customer("reject"), Intents.reject(s));
    }

    /** A limit held politely: pushed back as often as the scenario says, then accepted if an offer stands. */
    private Step limit() {
        if (state.pushbacks() < s.mood().pushback()) {
            return Step.of("pushback", lines.customer("pushback"), Intents.pushback(s));
        }
        if (reply.has("solution") || state.solutionSeen()) {
            return new Step("accept", lines.customer("accept"), Intents.accept(s), -MoodRules.SETTLE_BONUS, null);
        }
        return Step.of("press", lines.customer("press"), Intents.press(s));
    }

    /** A clarifying question: the fact it asks for, a reminder if already told, or the next thing kept back. */
    private Step answer() {
        String prefix = reply.has("restate") ? reaction() + " " : "";
        // Moves stay single ("reveal:event") so every reader of the history finds them; the restatement
        // reaction is in the line and the intent only.
        String first = reply.has("restate") ? Intents.summaryFirst(restateMove().equals("confirm")) : "";
        Optional<Scenario.HiddenFact> asked = CustomerDirector.askedFor(s, reply.text());
        if (asked.isPresent() && state.revealed().contains(asked.get().id())) {
            return told(prefix, first, lines.fill(asked.get().text(), Map.of()));
        }
        if (asked.isPresent()) {
            return reveal(prefix, first, asked.get());
        }
        Optional<Map.Entry<String, String>> main = CustomerDirector.mainFactAskedFor(s, reply.text());
        if (main.isPresent() && state.said(main.get().getValue())) {
            return told(prefix, first, main.get().getValue());
        }
        if (main.isPresent()) {
            String value = main.get().getValue().strip();
            String line = prefix + Character.toUpperCase(value.charAt(0)) + value.substring(1) + ". "
                    + lines.customer("press");
            return Step.of("answer:" + main.get().getKey() + "+press", line,
                    first + "Answer their question plainly: " + main.get().getKey() + " is " + value + ". Then press on.");
        }
        Optional<Scenario.HiddenFact> next = s.hiddenFacts().stream()
                .filter(f -> !state.revealed().contains(f.id())).findFirst();
        if (next.isPresent() && CustomerDirector.volunteers(s)) {
            return reveal(prefix, first, next.get());
        }
        if (next.isPresent()) {
            return Step.of("evade", prefix + lines.customer("press"), first + Intents.evade(s));
        }
        return Step.of("nothing-more", prefix + lines.customer("nothing-more"), first + Intents.nothingMore(s));
    }

    private Step reveal(String prefix, String first, Scenario.HiddenFact fact) {
        String lead = lines.customer("reveal");
        String line = prefix + (lead.isEmpty() ? "" : lead + " ") + lines.fill(fact.text(), Map.of());
        return Step.of("reveal:" + fact.id(), line, first + Intents.reveal(s, fact));
    }

    private Step told(String prefix, String first, String what) {
        String said = what.strip().isEmpty() ? what : Character.toUpperCase(what.strip().charAt(0)) + what.strip().substring(1);
        String sentence = said.matches(".*[.!?]$") ? said : said + ".";
        String line = prefix + lines.customer("already-told", Map.of("told", sentence));
        return new Step("already-told", line, first + Intents.alreadyTold(what), 3, null);
    }

    private Step summary(String then) {
        String line = reaction() + " " + lines.customer(then);
        return new Step(restateMove() + "+" + then, line, Intents.summary(s, restateMove().equals("confirm")),
                restateMove().equals("confirm") ? 0 : 2, null);
    }

    private String restateMove() {
        List<String> opening = state.partnerLines().isEmpty() ? List.of() : List.of(state.partnerLines().getFirst());
        return Grievance.of(s, state, opening).sharedBy(reply.text()) ? "confirm" : "correct";
    }

    private String reaction() {
        return lines.customer(restateMove());
    }

    private Step acknowledgement() {
        if (reply.bareSorry() && state.bareSorries() >= 2) {
            return Step.of("sorry-fatigue", lines.customer("sorry-fatigue"), Intents.SORRY_FATIGUE);
        }
        if (reply.bareSorry() && state.bareSorries() == 1) {
            return Step.of("sorry", lines.customer("sorry"), Intents.SORRY);
        }
        if (reply.empty()) {
            return pair("ignored", "press", Intents.IGNORED);
        }
        return pair("calmer", "press", Intents.calmer(s));
    }

    private Step pair(String first, String then, String intent) {
        return Step.of(first + "+" + then, lines.customer(first) + " " + lines.customer(then), intent);
    }
}

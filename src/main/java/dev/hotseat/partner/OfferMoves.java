package dev.hotseat.partner;

import dev.hotseat.core.Reading;
import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the customer answers an offer, from what the reading matched: what is accepted is the offered thing (the
 * want's own offer, matched by meaning), a promise beyond policy is pinned down, a promise with no concrete what is
 * asked "how, exactly?", another policy option is turned down in words about that option, and the same offer again
 * is called out. Acceptance is earned: a medium or hard customer waits to be heard, and a hard one pushes back once.
 * See docs/mood-model.md, "Offers".
 */
final class OfferMoves {
    private final Scenario s;
    private final CustomerState state;
    private final Reply reply;
    private final LinePicker lines;

    OfferMoves(Scenario scenario, CustomerState state, Reply reply, LinePicker lines) {
        this.s = scenario;
        this.state = state;
        this.reply = reply;
        this.lines = lines;
    }

    /** The answer to whatever the reply offers, or empty when it offers nothing. */
    Optional<Step> answer() {
        Optional<Reading.Part> beyond = reply.beyond();
        if (takesBack(beyond)) {
            return Optional.of(walkBack());
        }
        if (beyond.isPresent()) {
            return Optional.of(state.promised().isEmpty() ? promise(beyond.get().text()) : promiseAgain());
        }
        if (reply.wantOffer().isPresent()) {
            return Optional.of(earned());
        }
        if (!state.offerOnTable().isEmpty() && takesTheTable()) {
            return Optional.of(accept());
        }
        if (reply.vague().isPresent()) {
            return Optional.of(Step.of("vague", lines.customer("vague"), Intents.of("vague", s)));
        }
        if (!reply.policies().isEmpty()) {
            return Optional.of(reject());
        }
        if (reply.shows("solution") && !reply.asks() && !reply.hears()) {
            // something offered that is none of the options: turned down, unless the reply also asks or acknowledges,
            // which is what the customer then answers
            return Optional.of(reject());
        }
        if (reply.shows("firm")) {
            return Optional.of(state.pushbacks() < s.mood().pushback()
                    ? Step.of("pushback", lines.customer("pushback"), Intents.of("pushback"))
                    : Step.of("press", lines.customer("press"), Intents.of("press", s)));
        }
        return Optional.empty();
    }

    /**
     * A limit held while a promise beyond policy hangs takes it back, unless the same reply makes a promise beyond
     * policy again: words cannot both make the promise and take it back.
     */
    boolean takesBack(Optional<Reading.Part> beyond) {
        return !state.promised().isEmpty() && reply.shows("firm") && beyond.isEmpty();
    }

    /** The promise beyond policy again, or still hanging: they want it in writing, and it gets the rep nowhere. */
    Step promiseAgain() {
        return Step.of("promise-again", lines.customer("promise-again"),
                Intents.of("promise", Map.of("promised", state.promised())));
    }

    /**
     * The right fix. With no sign anyone heard them, a medium or hard customer holds back ("And nobody's going to say
     * sorry?") until the rep acknowledges them; a hard one, heard, pushes back once before taking it; an easy one
     * takes a good plain fix at once.
     */
    private Step earned() {
        if (s.difficulty() == Difficulty.EASY) {
            return accept();
        }
        if (!state.heard() && !reply.hears()) {
            return state.heldForSorry() && !state.offerOnTable().isEmpty()
                    ? new Step("unheard-again", lines.customer("unheard-again"), Intents.of("unheard"),
                            MoodRules.step(s.mood()) / 2, null)
                    : Step.of("unheard", lines.customer("unheard"), Intents.of("unheard"));
        }
        return accept();
    }

    /** The fix they held back on: taken once they are heard, or (after a pushback) once the rep stands by it. */
    private boolean takesTheTable() {
        if (reply.fault() || reply.shows("parrot") || (reply.asks() && reply.shows("clarify"))) {
            return false; // a question is answered first; the fix stays on the table
        }
        return state.heldForSorry() ? reply.hears() : !reply.empty();
    }

    /** The fix agreed; a hard customer pushes back once first, and says so if their grievance was never taken on. */
    private Step accept() {
        if (s.difficulty() == Difficulty.HARD && state.pushbacks() == 0) {
            return Step.of("pushback", lines.customer("pushback"), Intents.of("pushback"));
        }
        boolean unhandled = s.difficulty() == Difficulty.HARD && !state.unhandled().isEmpty() && !reply.hears();
        String line = lines.customer("accept") + (unhandled ? " " + lines.customer("unresolved") : "");
        return new Step(unhandled ? "accept+unresolved" : "accept", line,
                Intents.of(unhandled ? "unresolved" : "accept"), -MoodRules.ACCEPT_BONUS, null);
    }

    /** Another option than the one they want: turned down in words about what was offered, or called a repeat. */
    private Step reject() {
        Set<Integer> offered = reply.policies();
        boolean again = offered.isEmpty() ? state.plainRejects() >= 2 : state.rejected().containsAll(offered);
        if (again) {
            return new Step("reject-again", lines.customer("repeat-offer"), Intents.of("repeat-offer"),
                    MoodRules.step(s.mood()), null);
        }
        String group = offered.stream().map(this::rejectGroup).filter(g -> !g.equals("reject")).findFirst()
                .orElse("reject");
        return Step.of(group, lines.customer(group), Intents.of("reject", s));
    }

    /** "reject:refund" for the policy line that offers a refund, when the scenario words that rejection. */
    private String rejectGroup(int policy) {
        if (policy < 1 || policy > s.policy().size()) {
            return "reject";
        }
        List<String> words = Words.of(s.policy().get(policy - 1));
        return s.lines().keySet().stream().sorted().filter(k -> k.startsWith("reject:"))
                .filter(k -> words.containsAll(Words.of(k.substring("reject:".length())))).findFirst()
                .orElse("reject");
    }

    /** A promise beyond policy, pinned down in the rep's own words. */
    private Step promise(String words) {
        String promised = Words.quoted(words, 14);
        return Step.of("promise", lines.customer("promise", Map.of("promised", promised)),
                Intents.of("promise", Map.of("promised", promised)));
    }

    /**
     * The promise beyond policy, taken back (a limit held where the promise was): one step angrier, "A minute ago you
     * said …", then whatever else is on offer now is answered. The call cannot close on this line.
     */
    private Step walkBack() {
        String promised = Words.quoted(state.promised(), 14);
        Step then = reply.wantOffer().isPresent() ? accept()
                : !reply.policies().isEmpty() || reply.shows("solution") ? reject()
                : Step.of("press", lines.customer("press"), Intents.of("press", s));
        String retract = lines.customer("retract", Map.of("promised", promised));
        return new Step("retract+" + then.move(), retract + " " + then.line(),
                Intents.of("retract", Map.of("promised", promised)) + " " + then.intent(),
                MoodRules.step(s.mood()) + then.moodChange(), null);
    }
}

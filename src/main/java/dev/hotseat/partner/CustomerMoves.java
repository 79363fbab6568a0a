package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's reaction to one reply, chosen in a fixed order from its reading: a reply they cannot take in
 * (another language, talk to the grader, the same words again), then the deal if one is agreed, then faults,
 * then offers, then listening. See docs/mood-model.md.
 *
 * @param moodNow the mood after the reply itself, before the reaction adds its own change
 */
record CustomerMoves(Scenario s, CustomerState state, Reply reply, LinePicker lines, int moodNow) {
    /** Still furious at or above this after a kind word: thanks would ring false, so they stay curt. */
    static final int FURIOUS = 75;

    Step choose() {
        if (!reply.english()) {
            return state.englishAsked() ? pressing("ignored", "ignored", "ignored")
                    : Step.of("english", lines.customer("english"), Intents.of("english"));
        }
        if (reply.offTask()) {
            return pressing("offtask", "offtask", "offtask");
        }
        if (state.accepted()) {
            return afterDeal();
        }
        if (Words.repeats(reply.text(), state.learnerLines())) {
            return pressing("repeat", "repeat", "stock");
        }
        if (reply.rude()) {
            return reply.wantOffer().isPresent() ? complaint() : reaction("blame", "blame");
        }
        if (reply.anger().isPresent()) {
            return reaction("anger", "deflect");
        }
        if (reply.shows("deflect") && !reply.offers()) {
            return reaction("deflect", "deflect");
        }
        return new OfferMoves(s, state, reply, lines).answer().orElseGet(this::listening);
    }

    /**
     * The fix is agreed, so the call is closing: courtesy ("Anything else?") gets a goodbye and ends it resolved,
     * and never spends patience or brings out a fact. Rudeness now is taken coldly and put on record; a new promise
     * beyond policy is pinned down, and one still hanging must be taken back first. A hard customer asks once how
     * they will know it is done, unless the rep already said. A put-down made while the fix was on the table is
     * not forgotten by the close: the goodbye is the complaint, not thanks.
     */
    private Step afterDeal() {
        if (reply.rude()) {
            return complaint();
        }
        OfferMoves offers = new OfferMoves(s, state, reply, lines);
        if (!state.promised().isEmpty()) { // held to a promise beyond policy until it is taken back
            return offers.takesBack(reply.beyond()) ? offers.answer().orElseThrow() : offers.promiseAgain();
        }
        if (reply.beyond().isPresent()) {
            return offers.answer().orElseThrow();
        }
        boolean followedUp = state.followedUp() || reply.shows("followup");
        if (s.difficulty() == Difficulty.HARD && !followedUp && !state.askedFollowUp()) {
            return Step.of("accept+followup", lines.customer("followup"), Intents.of("followup"));
        }
        if (state.slighted()) {
            return complaint();
        }
        return new Step("resolved", lines.customer("resolved"), Intents.of("resolved"), 0, Outcome.RESOLVED);
    }

    /** An insult in or after the fix: they take the fix, coldly, and ask for the manager to complain. */
    private Step complaint() {
        return new Step("complaint", lines.customer("complaint"), Intents.of("complaint"), 0, Outcome.MANAGER);
    }

    /**
     * A fault answered by what it was about: a listed anger the reply touched has its own reaction (see
     * {@link Angers}); else the plain group ("blame", "deflect").
     */
    private Step reaction(String move, String fallback) {
        Optional<Integer> anger = reply.anger();
        String group = anger.map(n -> Angers.group(s, n)).orElse(fallback);
        String intent = anger.map(n -> Intents.of("anger", Map.of("anger", s.angers().get(n - 1))))
                .orElseGet(() -> Intents.of(move));
        return Step.of(anger.map(n -> move + ":" + n).orElse(move), lines.customer(group), intent);
    }

    /** Questions, summaries, invitations to collaborate, then acknowledgement. */
    private Step listening() {
        if (reply.asks() && (reply.shows("clarify") || reply.asksFor(CustomerDirector.revealCut(s)).isPresent())) {
            return new Answers(s, state, reply, lines).answer();
        }
        if (reply.shows("parrot")) {
            return pressing("parrot", "parrot", "parrot");
        }
        if (reply.shows("restate")) {
            return new Step("confirm+press", lines.customer("confirm") + " " + lines.demand(), Intents.summary(s), 0,
                    null);
        }
        if (reply.shows("collaborate")) {
            return Step.of("suggest", lines.customer("suggest"), Intents.of("suggest", s));
        }
        if (reply.asks() && reply.empty()) {
            return pressing("offtask", "offtask", "offtask"); // a question about nothing in their call
        }
        return acknowledgement();
    }

    private Step acknowledgement() {
        if (reply.bareAcknowledgement() && state.heard()) {
            if (!reply.shows("apology")) { // sympathy again, and nothing done: "Words are cheap"
                return Step.of("hollow+press", lines.customer("heard") + " " + lines.demand(), Intents.of("ignored"));
            }
            String group = state.bareAcks() >= 1 ? "sorry-fatigue" : "sorry";
            return Step.of(group, lines.customer(group), Intents.of(group));
        }
        if (reply.empty() && Words.count(reply.text()) >= 1 && Words.count(reply.text()) <= 3) {
            // "ok", "hmm": a person quotes the non-answer back
            String said = Words.quoted(reply.text(), 3);
            return pressing("ignored", "minimal", "ignored", Map.of("said", said));
        }
        if (reply.empty()) {
            return pressing("ignored", "ignored", "ignored");
        }
        // The move stays "calmer" (the rep did calm them); only the words are curt while still furious.
        String words = lines.customer(moodNow >= FURIOUS ? "heard" : "calmer");
        return Step.of("calmer+press", words + " " + lines.demand(), Intents.of("calmer", s));
    }

    private Step pressing(String move, String group, String intent) {
        return pressing(move, group, intent, Map.of());
    }

    /** A reaction, then their demand: "You haven't answered me. So what happens now?" */
    private Step pressing(String move, String group, String intent, Map<String, String> said) {
        return Step.of(move + "+press", (lines.customer(group, said) + " " + lines.demand()).strip(),
                Intents.of(intent, said));
    }
}

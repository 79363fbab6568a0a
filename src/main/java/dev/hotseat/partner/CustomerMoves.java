package dev.hotseat.partner;

import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;

/** The customer's reaction to one reply, chosen in a fixed order: faults first, then offers, then listening. */
final class CustomerMoves {
    /** "…, is that right?": a restatement checked with the customer, not a question asking for a fact. */
    static final Pattern CONFIRMING = Pattern.compile("\\b(is that right|have i got that right|is that correct"
            + "|did i get that right|correct\\?|is that it\\?|right\\?)");
    private final Scenario s;
    private final CustomerState state;
    private final Reply reply;
    private final LinePicker lines;
    private final int moodBefore;
    private final int moodNow;

    /** Still furious at or above this after a kind word: thanks would ring false, so they stay curt. */
    static final int FURIOUS = 75;

    /**
     * @param moodBefore the mood before this reply
     * @param moodNow    the mood after the reply itself, before the reaction adds its own change
     */
    CustomerMoves(Scenario scenario, CustomerState state, Reply reply, LinePicker lines, int moodBefore, int moodNow) {
        this.s = scenario;
        this.state = state;
        this.reply = reply;
        this.lines = lines;
        this.moodBefore = moodBefore;
        this.moodNow = moodNow;
    }

    /** What a deflection or a blame was about, so the reaction is aimed at what was said. */
    private static final Map<String, Pattern> AIMS = Map.of(
            "deflect:policy", Pattern.compile("\\b(polic(y|ies)|rules?|terms|procedure)\\b"),
            "deflect:website", Pattern.compile("\\b(website|web site|site|online|app|tracking page|help (centre|center|page)|faq)\\b"),
            "deflect:department", Pattern.compile("\\b(department|team|transfer|someone else|contact|courier|manufacturer"
                    + "|out of my hands|not up to me)\\b"),
            "blame:calm", Pattern.compile("\\b(calm down|relax|no need to shout|don't shout|stop shouting|lower your voice)\\b"));

    Step choose() {
        if (reply.offTask()) {
            return new Step("offtask+press", lines.customer("offtask") + " " + lines.demand(),
                    Intents.of("offtask"), 0, null);
        }
        if (reply.has("blame")) {
            String group = aimed("blame");
            return Step.of(group, lines.customer(group), Intents.of("blame"));
        }
        if (Progress.stockOnly(reply) && !reply.negative()) {
            // Stock phrases: a person hears the script, and says so, whatever skills the words are dressed as.
            return Step.of("ignored+press", lines.customer("stock") + " " + lines.demand(), Intents.of("stock"));
        }
        return aboutOffers(new OfferMoves(s, state, reply, lines, moodBefore)).orElseGet(this::listening);
    }

    /** Offers, limits and promises, and what stands in for them (a hold request, policy-speak). */
    private Optional<Step> aboutOffers(OfferMoves offers) {
        Optional<Step> walkBack = offers.walkBack();
        if (walkBack.isPresent()) { // checked before deflect: "I can't, it's policy" is exactly how reps walk back
            return walkBack;
        }
        if (reply.has("deflect") && !reply.has("solution")) { // a real offer is answered even if wrapped in policy-speak
            String group = aimed("deflect");
            return Optional.of(Step.of(group, lines.customer(group), Intents.of("deflect")));
        }
        Optional<Step> heard = offers.heardAtLast();
        if (heard.isPresent()) {
            return heard;
        }
        if (state.accepted() && Progress.repeats(reply.text(), state.learnerLines())) {
            // The deal they already took, said again: a person says so rather than accepting it all over.
            return Optional.of(Step.of("ignored", lines.customer("agreed-already"), Intents.of("ignored")));
        }
        Optional<String> beyond = offers.beyond(reply.text());
        if (beyond.isPresent()) { // even when the evaluator missed it: "Yes, the refund is no problem" promises it again
            return Optional.of(offers.promise(beyond.get()));
        }
        if (OfferWords.holdRequest(reply.text()) && !offers.meetsWant()) {
            return Optional.of(offers.hold());
        }
        if (reply.has("vague") && !reply.has("solution")) {
            return Optional.of(offers.offer());
        }
        if (reply.has("solution")) {
            // "What's your postcode?" can read as an offer to the evaluator; a question with nothing on offer is a question
            return Optional.of(asksOnly(offers) ? answer() : offerWithReaction(offers.offer()));
        }
        if (reply.has("firm")) {
            return Optional.of(offers.limit());
        }
        if (state.accepted() && !reply.empty()) {
            return Optional.of(new Step("accept", lines.customer("accept"),
                    Intents.of("accept"), -MoodRules.SETTLE_BONUS, null));
        }
        return Optional.empty();
    }

    /**
     * The group that answers what the rep actually said: a coach's keyed group ("deflect:manufacturer") when the
     * reply mentions its word, else a built-in aim (policy, website, department, "calm down"), else the plain group.
     */
    private String aimed(String base) {
        String lower = reply.lower();
        Optional<String> own = s.lines().keySet().stream().filter(k -> k.startsWith(base + ":"))
                .filter(k -> Reply.mentions(lower, List.of(k.substring(base.length() + 1)))).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        return AIMS.entrySet().stream().filter(e -> e.getKey().startsWith(base + ":"))
                .filter(e -> e.getValue().matcher(lower).find()).map(Map.Entry::getKey).sorted().findFirst()
                .orElse(base);
    }

    /** Questions, summaries, invitations to collaborate, then acknowledgement. */
    private Step listening() {
        if (reply.has("clarify")) {
            return reply.has("restate") && CONFIRMING.matcher(reply.lower()).find() ? summary("press") : answer();
        }
        if (reply.has("restate")) {
            return summary("press");
        }
        if (reply.has("collaborate")) {
            return Step.of("suggest", lines.customer("suggest"), Intents.of("suggest", s));
        }
        return acknowledgement();
    }

    /** "So it's order 4417… I'll take care of it": the summary is confirmed before asking what that means. */
    private Step offerWithReaction(Step step) {
        return step.move().equals("vague") && reply.has("restate") ? withReaction(step) : step;
    }

    private Step withReaction(Step step) {
        return new Step(step.move(), reaction() + " " + step.line(),
                Intents.summaryFirst(restateMove().equals("confirm")) + step.intent(), step.moodChange(), step.outcome());
    }

    private boolean asksOnly(OfferMoves offers) {
        return reply.has("clarify") && reply.text().strip().endsWith("?") && !offers.concrete();
    }

    /** A clarifying question: answered as asked (see {@link Answers}), after any reaction to a restatement. */
    private Step answer() {
        String prefix = reply.has("restate") ? reaction() + " " : "";
        // Moves stay single ("reveal:event") so every reader of the history finds them; the restatement
        // reaction is in the line and the intent only.
        String first = reply.has("restate") ? Intents.summaryFirst(restateMove().equals("confirm")) : "";
        return new Answers(s, state, reply, lines).answer(prefix, first);
    }

    private Step summary(String then) {
        String line = reaction() + " " + lines.customer(then);
        return new Step(restateMove() + "+" + then, line, Intents.summary(s, restateMove().equals("confirm")),
                restateMove().equals("confirm") ? 0 : 2, null);
    }

    private String restateMove() {
        List<String> opening = state.partnerLines().isEmpty() ? List.of() : List.of(state.partnerLines().getFirst());
        // The summary is what the rep states; a question tacked on ("Has anyone called you?") is not part of it.
        String summary = String.join(" ", java.util.Arrays.stream(reply.text().split("(?<=[.!?])\\s+"))
                .filter(x -> !x.contains("?")).toList());
        return Grievance.of(s, state, opening).sharedBy(summary.isBlank() ? reply.text() : summary) ? "confirm" : "correct";
    }

    private String reaction() {
        return lines.customer(restateMove());
    }

    private Step acknowledgement() {
        if (reply.bareSorry() && state.bareSorries() >= 2) {
            return Step.of("sorry-fatigue", lines.customer("sorry-fatigue"), Intents.of("sorry-fatigue"));
        }
        if (reply.bareSorry() && state.bareSorries() == 1) {
            return Step.of("sorry", lines.customer("sorry"), Intents.of("sorry"));
        }
        Optional<String> agreed = OfferWords.agreed(s, state.acceptedOffer());
        if (reply.empty() && state.accepted() && agreed.isPresent()) {
            // after agreeing, a non-answer makes them check the deal still stands, in the rep's own words
            return Step.of("ignored", lines.customer("still-on", Map.of("promised", agreed.get())),
                    Intents.of("still-on"));
        }
        if (reply.empty() && reply.text().strip().split("\\s+").length <= 3) {
            // "ok", "hmm": a person quotes the non-answer back rather than asking if they were heard
            String said = reply.text().strip().replaceAll("[.!?,]+$", "");
            return Step.of("ignored+press", lines.customer("minimal", Map.of("said", said)) + " "
                    + lines.demand(), Intents.of("ignored"));
        }
        if (reply.empty() && !lastLineAsked()) { // nothing was asked, so "did you hear what I asked?" would be false
            return Step.of("ignored+press", lines.demand(), Intents.of("ignored"));
        }
        if (reply.empty()) {
            return pair("ignored", "press", Intents.of("ignored"));
        }
        // The move stays "calmer" (the rep did calm them); only the words are curt while still furious.
        if (Progress.repeats(reply.text(), state.learnerLines())) {
            // The same words again: a person hears the script, and says so.
            return Step.of("ignored+press", lines.customer("stock") + " " + lines.demand(), Intents.of("stock"));
        }
        String words = lines.customer(moodNow >= FURIOUS ? "heard" : "calmer");
        return Step.of("calmer+press", words + " " + lines.demand(), Intents.of("calmer", s));
    }

    private boolean lastLineAsked() {
        return !state.partnerLines().isEmpty() && state.partnerLines().getLast().contains("?");
    }

    private Step pair(String first, String then, String intent) {
        String demand = then.equals("press") ? lines.demand() : lines.customer(then);
        return Step.of(first + "+" + then, lines.customer(first) + " " + demand, intent);
    }
}

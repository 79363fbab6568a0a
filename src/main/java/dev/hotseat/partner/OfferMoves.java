package dev.hotseat.partner;

import dev.hotseat.partner.CustomerDirector.Step;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the customer answers an offer: accepted when it meets the want, turned down in words that fit what was
 * offered, noticed when it is the same offer again, pinned down when it promises more than policy allows,
 * and held against the rep when that promise is walked back. See docs/mood-model.md, "Offers".
 */
final class OfferMoves {
    /** Taking something back, said plainly. */
    private static final Pattern RETRACTS = Pattern.compile("\\b(got that wrong|my mistake|i was wrong|misspoke"
            + "|shouldn't have said|scratch that|take that back|correct myself|i made a mistake)\\b");
    /** Words that take something back only when they are about the promise ("I can't do a full refund"). */
    private static final Pattern CANNOT = Pattern.compile("\\b((can't|cannot|can not)(?! (thank|imagine|apologi[sz]e|believe|wait))"
            + "|not able|unable|afraid"
            + "|not allowed|isn't possible|not possible|won't be able)\\b");
    private static final Pattern NOT = Pattern.compile("\\b(not|won't|never|only (once|if|when|after))\\b");
    /** Negative words that say yes: "that's no problem". */
    private static final Pattern YES = Pattern.compile("\\b(no problem|not a problem|no trouble|no worries)\\b");
    private final Scenario s;
    private final CustomerState state;
    private final Reply reply;
    private final LinePicker lines;
    private final int moodBefore;

    OfferMoves(Scenario scenario, CustomerState state, Reply reply, LinePicker lines, int moodBefore) {
        this.s = scenario;
        this.state = state;
        this.reply = reply;
        this.lines = lines;
        this.moodBefore = moodBefore;
    }

    Step offer() {
        // A rep who repeats the promise gets pinned down again; one taking it back is handled by walkBack().
        Optional<String> beyond = beyond(reply.text());
        if (beyond.isPresent()) {
            return promise(beyond.get());
        }
        if (meetsWant()) {
            return earned();
        }
        if (repeated() && !reply.has("firm")) {
            // The same offer again is not a new reason to calm down: it says the rep wasn't listening. Held as a
            // limit, politely, it is the articles' "stay firm", answered by pushback below, but never accepted.
            return new Step("reject-again", lines.customer("repeat-offer"), Intents.of("repeat-offer"),
                    MoodRules.step(s.mood()), null);
        }
        if (!concrete() && state.accepted()) { // "I'll see to it myself" after they accepted: following through
            return new Step("accept", lines.customer("accept"), Intents.of("accept"), -MoodRules.SETTLE_BONUS, null);
        }
        if (!concrete()) {
            return Step.of("vague", lines.customer("vague"), Intents.of("vague", s)); // vague lines ask already
        }
        if (moodBefore <= s.mood().calmEnough()) {
            return new Step("accept", lines.customer("accept"), Intents.of("accept"), -MoodRules.SETTLE_BONUS, null);
        }
        if (reply.has("firm")) {
            return limit();
        }
        return Step.of("reject", lines.customer(rejectGroup()), Intents.of("reject", s));
    }

    /**
     * The right fix. Acceptance is earned: with no sign anyone heard them, an easy customer takes it grudgingly and a
     * medium or hard one holds back ("And nobody's going to say sorry?") until the rep acknowledges them.
     */
    private Step earned() {
        if (state.heard() || Progress.acknowledges(reply)) {
            return new Step("accept", lines.customer("accept"), Intents.of("accept"), -MoodRules.ACCEPT_BONUS, null);
        }
        if (s.difficulty() == dev.hotseat.persona.Difficulty.EASY) {
            return new Step("accept", lines.customer("grudging"),
                    Intents.of("grudging"), -MoodRules.SETTLE_BONUS, null);
        }
        return state.offerOnTable().isEmpty() ? Step.of("unheard", lines.customer("unheard"), Intents.of("unheard"))
                : new Step("unheard-again", lines.customer("unheard-again"),
                        Intents.of("unheard"), MoodRules.step(s.mood()) / 2,
                null);
    }

    /** The fix they held back on, now that the rep acknowledged them: taken. */
    Optional<Step> heardAtLast() {
        if (state.offerOnTable().isEmpty() || reply.negative() || !Progress.acknowledges(reply)) {
            return Optional.empty();
        }
        return Optional.of(new Step("accept", lines.customer("accept"),
                Intents.of("accept"), -MoodRules.ACCEPT_BONUS, null));
    }

    /** A limit held politely: pushed back as often as the scenario says, then accepted if an offer stands. */
    Step limit() {
        if (state.pushbacks() < s.mood().pushback()) {
            return Step.of("pushback", lines.customer("pushback"), Intents.of("pushback"));
        }
        if (repeated()) { // a turned-down offer, held firm: pushed back, never accepted for being said again
            return new Step("reject-again", lines.customer("repeat-offer"), Intents.of("repeat-offer"),
                    MoodRules.step(s.mood()), null);
        }
        if (reply.has("solution") || state.solutionSeen()) {
            return new Step("accept", lines.customer("accept"), Intents.of("accept"), -MoodRules.SETTLE_BONUS, null);
        }
        return Step.of("press", lines.customer("press"), Intents.of("press", s));
    }

    Step hold() {
        // A second hold is noticed as one (and counts as getting nowhere; see Progress)
        return Step.of("hold", lines.customer(state.holds() > 0 ? "hold-again" : "hold"), Intents.of("hold"));
    }

    /**
     * After a promise beyond policy, or an accepted offer, a reply that takes it back: the customer holds it
     * against the rep (one step angrier), then answers whatever is on offer now. The call cannot close on this line.
     */
    Optional<Step> walkBack() {
        List<String> held = heldTo();
        String lower = reply.lower();
        Optional<String> about = held.stream().filter(h -> Reply.mentions(reply.text(), List.of(h))
                || Grievance.contentWords(reply.text()).stream().anyMatch(Grievance.contentWords(h)::contains)).findFirst();
        boolean takesBack = RETRACTS.matcher(lower).find()
                || (about.isPresent() && (reply.has("firm") || CANNOT.matcher(lower).find()));
        if (held.isEmpty() || !takesBack) {
            return Optional.empty();
        }
        String promised = about.orElse(held.getFirst());
        // The sentences that take it back are not an offer; whatever else the reply says may be a new one.
        String rest = String.join(" ", Arrays.stream(reply.text().split("(?<=[.!?])\\s+"))
                .filter(x -> !RETRACTS.matcher(x.toLowerCase(Locale.ROOT)).find()
                        && !CANNOT.matcher(x.toLowerCase(Locale.ROOT)).find()).toList());
        boolean newOffer = reply.has("solution") && !rest.isBlank();
        Step then = newOffer && Reply.mentions(rest, s.wants().acceptedIf())
                ? Step.of("accept", lines.customer("accept"), Intents.of("accept"))
                : newOffer ? Step.of("reject", lines.customer(rejectGroup()), Intents.of("reject", s))
                : Step.of("press", lines.customer("press"), Intents.of("press", s));
        String retract = lines.customer("retract", Map.of("promised", OfferWords.spoken(promised)));
        return Optional.of(new Step("retract+" + then.move(), retract + " " + then.line(),
                Intents.of("retract", Map.of("promised", promised)) + " " + then.intent(), MoodRules.step(s.mood()),
                null));
    }

    /** What the customer holds the rep to: a promise beyond policy, or the words of an offer they accepted. */
    private List<String> heldTo() {
        List<String> held = new ArrayList<>();
        beyond(state.promised()).ifPresent(held::add);
        OfferWords.agreed(s, state.acceptedOffer()).ifPresent(held::add);
        return held;
    }


    /**
     * The first beyond-policy phrase the text promises, as the scenario wrote it. A sentence that says it can't
     * ("I can't do a full refund", "a full refund only once it's returned") holds the limit instead.
     */
    Optional<String> beyond(String text) {
        List<String> promising = Arrays.stream(text.split("(?<=[.!?])\\s+"))
                .map(x -> YES.matcher(x.toLowerCase(Locale.ROOT)).replaceAll("fine"))
                .filter(x -> !CANNOT.matcher(x).find() && !NOT.matcher(x).find()).toList();
        return s.beyondPolicy().stream().filter(p -> promising.stream().anyMatch(x -> Reply.mentions(x, List.of(p))))
                .findFirst();
    }

    /** A promise beyond policy, pinned down (said again, it is pinned down again). */
    Step promise(String what) {
        return Step.of("promise", lines.customer("promise", Map.of("promised", OfferWords.spoken(what))),
                Intents.of("promise", Map.of("promised", what)));
    }

    boolean meetsWant() {
        return Reply.mentions(reply.evidence("solution") + " " + reply.text(), s.wants().acceptedIf());
    }

    /** The offer names something real: a word of a policy item, of the want, or of a rejection the coach keyed. */
    boolean concrete() {
        // The evaluator's quote is the offer itself; the rest of the reply may restate the problem in policy words.
        String offered = reply.evidence("solution").isBlank() ? reply.text() : reply.evidence("solution");
        return meetsWant() || concreteWords(s, offered);
    }

    /** The text names something real: a word of a policy item, of the want or of a keyed rejection, or a sum. */
    static boolean concreteWords(Scenario s, String offered) {
        Set<String> known = new HashSet<>();
        s.policy().forEach(p -> known.addAll(Grievance.contentWords(p)));
        s.wants().acceptedIf().forEach(w -> known.addAll(Grievance.contentWords(w)));
        s.lines().keySet().stream().filter(k -> k.startsWith("reject:"))
                .forEach(k -> known.addAll(Grievance.contentWords(k.substring("reject:".length()))));
        return Reply.mentions(offered, s.wants().acceptedIf())
                || Grievance.contentWords(offered).stream().anyMatch(known::contains)
                || offered.matches(".*[£$€%]\\s?\\d.*|.*\\d\\s?%.*");
    }

    /** Shares most of its content words with an offer already turned down. */
    private boolean repeated() {
        Set<String> now = Grievance.contentWords(reply.text());
        for (String earlier : state.rejectedOffers()) {
            Set<String> then = Grievance.contentWords(earlier);
            long shared = now.stream().filter(then::contains).count();
            if (!now.isEmpty() && !then.isEmpty() && shared * 5 >= Math.min(now.size(), then.size()) * 3L) {
                return true;
            }
        }
        return false;
    }

    /** "reject:voucher" when the offer mentions a voucher and the scenario has such lines, else "reject". */
    private String rejectGroup() {
        return rejectKeys().stream().filter(k -> Reply.mentions(reply.text(), List.of(k)))
                .findFirst().map(k -> "reject:" + k).orElse("reject");
    }

    private List<String> rejectKeys() {
        return s.lines().keySet().stream().filter(k -> k.startsWith("reject:"))
                .map(k -> k.substring("reject:".length())).toList();
    }
}

package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a customer remembers, worked out from the stored history alone (no engine keeps per-chat state): each
 * earlier reply's reading and the move the customer answered it with. See docs/mood-model.md.
 *
 * @param revealed         ids of hidden facts already told, in order
 * @param pushbacks        how many times a limit or the right fix was pushed back
 * @param accepted         the fix is agreed (the call is closing)
 * @param acceptedOffer    the rep's words of the agreed offer, "" when none
 * @param offerOnTable     the rep's words of the right fix the customer has not taken yet, "" when none
 * @param heldForSorry     the fix on the table waits for a sign they were heard (else it waits after a pushback)
 * @param rejected         the policy lines (by number) of offers turned down
 * @param plainRejects     offers turned down that matched nothing in the policy
 * @param promised         the rep's words of a promise beyond policy that still hangs, "" when none
 * @param partnerLines     every earlier partner line, to avoid repeats and to know what was said
 * @param learnerLines     the rep's earlier replies, oldest first
 * @param lastMood         mood after the last partner line, or -1 when none
 * @param apologies        earlier replies that apologised
 * @param bareAcks         earlier replies that only acknowledged feelings
 * @param heard            an earlier reply acknowledged the person (sorry, sympathy, taking it on)
 * @param handled          ids of revealed hidden facts that a later reply acknowledged
 * @param followedUp       an earlier reply said what happens afterwards (a call back, a confirmation)
 * @param askedFollowUp    the customer already asked how they will know it is done
 * @param stalls           earlier replies that got nowhere (see {@link Progress})
 * @param threat           "leave" or "manager" once the customer warned they would, else ""
 * @param englishAsked     the customer already asked the rep to speak English
 * @param caseTold         the customer already recited their case to a question
 * @param slighted         an earlier reply was rude while the fix was on the table or agreed: they remember it at
 *                         the close, however politely the call ends
 */
record CustomerState(Set<String> revealed, int pushbacks, boolean accepted, String acceptedOffer,
                     String offerOnTable, boolean heldForSorry, Set<Integer> rejected, int plainRejects,
                     String promised, List<String> partnerLines, List<String> learnerLines, int lastMood,
                     int apologies, int bareAcks, boolean heard, Set<String> handled, boolean followedUp,
                     boolean askedFollowUp, int stalls, String threat, boolean englishAsked, boolean caseTold,
                     boolean slighted) {

    static CustomerState of(Scenario scenario, List<Turn> history) {
        Builder b = new Builder();
        // The newest learner turn is the reply being answered now; only earlier ones count here.
        int last = history.isEmpty() || !history.getLast().byLearner() ? history.size() : history.size() - 1;
        Reply pending = null;
        for (Turn turn : history.subList(0, last)) {
            if (turn.byLearner()) {
                pending = Reply.of(turn.grade(), turn.text());
                b.learner(pending, scenario);
                continue;
            }
            b.partner(turn, pending);
            pending = null;
        }
        return b.build();
    }

    /** Hidden facts told but never acknowledged by a later reply. */
    List<String> unhandled() {
        return revealed.stream().filter(id -> !handled.contains(id)).toList();
    }

    /** Replays the history, one turn at a time. */
    private static final class Builder {
        final Set<String> revealed = new LinkedHashSet<>();
        final Set<String> handled = new LinkedHashSet<>();
        final Set<Integer> rejected = new LinkedHashSet<>();
        final List<String> partnerLines = new ArrayList<>();
        final List<String> learnerLines = new ArrayList<>();
        int pushbacks;
        int plainRejects;
        int lastMood = -1;
        int apologies;
        int bareAcks;
        int stalls;
        boolean accepted;
        boolean heldForSorry;
        boolean heard;
        boolean followedUp;
        boolean askedFollowUp;
        boolean english;
        boolean caseTold;
        boolean slighted;
        String acceptedOffer = "";
        String offerOnTable = "";
        String promised = "";
        String threat = "";

        void learner(Reply reply, Scenario scenario) {
            apologies += reply.shows("apology") ? 1 : 0;
            bareAcks += reply.bareAcknowledgement() ? 1 : 0;
            if (reply.hears()) {
                handled.addAll(revealed); // what they told is taken on by the next kind word
            }
            heard |= reply.hears();
            slighted |= reply.rude() && (accepted || !offerOnTable.isEmpty() || reply.wantOffer().isPresent());
            followedUp |= reply.shows("followup") && !reply.fault();
        }

        void partner(Turn turn, Reply reply) {
            partnerLines.add(turn.text());
            lastMood = turn.mood() == null ? lastMood : turn.mood().level();
            String move = turn.move() == null ? "" : turn.move();
            if (reply != null) {
                learnerLines.add(reply.text());
                stalls += Progress.stall(move) ? 1 : 0;
            }
            for (String part : Progress.parts(move)) {
                apply(part, reply);
            }
        }

        /** One part of a move, in order: "retract+accept" clears a promise, then agrees the fix. */
        private void apply(String part, Reply reply) {
            String fix = reply == null ? "" : reply.wantOffer().map(p -> p.text()).orElse("");
            switch (part.contains(":") ? part.substring(0, part.indexOf(':')) : part) {
                case "reveal" -> revealed.add(part.substring("reveal:".length()));
                case "accept" -> {
                    accepted = true;
                    acceptedOffer = !fix.isEmpty() ? fix : !offerOnTable.isEmpty() ? offerOnTable : acceptedOffer;
                    offerOnTable = "";
                }
                case "followup" -> askedFollowUp = true;
                case "pushback" -> {
                    pushbacks++;
                    offerOnTable = fix.isEmpty() ? offerOnTable : fix;
                    heldForSorry = false; // pushed back on: they were heard, they want the rep to stand by it
                }
                case "unheard" -> {
                    offerOnTable = fix.isEmpty() ? offerOnTable : fix;
                    heldForSorry = true;
                }
                case "reject" -> {
                    if (reply != null && reply.policies().isEmpty()) {
                        plainRejects++;
                    } else if (reply != null) {
                        rejected.addAll(reply.policies());
                    }
                }
                case "promise" -> promised = reply == null ? promised
                        : reply.beyond().map(p -> p.text()).orElse(promised);
                case "retract" -> promised = "";
                case "warn" -> threat = part.substring("warn:".length());
                case "english" -> english = true;
                case "answer" -> caseTold = true;
                default -> { }
            }
        }

        CustomerState build() {
            return new CustomerState(revealed, pushbacks, accepted, acceptedOffer, offerOnTable, heldForSorry,
                    rejected, plainRejects, promised, partnerLines, learnerLines, lastMood, apologies, bareAcks, heard,
                    handled, followedUp, askedFollowUp, stalls, threat, english, caseTold, slighted);
        }
    }
}

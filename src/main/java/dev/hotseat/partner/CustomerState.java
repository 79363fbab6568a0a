package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer remembers, worked out from the stored history alone (no engine keeps per-chat state):
 * facts revealed, pushbacks made, whether a solution was offered or accepted, and how often the rep
 * only said sorry.
 *
 * @param revealed      ids of hidden facts already told, in order
 * @param pushbacks     how many times a firm limit was pushed back
 * @param accepted      a solution was accepted but the call not yet closed
 * @param solutionSeen  the rep offered some solution earlier
 * @param apologies     earlier learner replies that apologised
 * @param bareSorries   earlier learner replies that only acknowledged feelings
 * @param partnerLines  every earlier partner line, to avoid repeats and to know what was said
 * @param lastMood      mood after the last partner line, or -1 when none
 * @param rejectedOffers the rep's replies the customer turned down, to notice the same offer twice
 * @param promised      the rep's reply the customer pinned down as a promise, "" when none or taken back
 * @param acceptedOffer the rep's reply whose offer the customer accepted, "" when none or taken back
 */
record CustomerState(Set<String> revealed, int pushbacks, boolean accepted, boolean solutionSeen, int apologies,
                     int bareSorries, List<String> partnerLines, int lastMood, List<String> rejectedOffers,
                     String promised, String acceptedOffer) {

    static CustomerState of(List<Turn> history) {
        Set<String> revealed = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        int pushbacks = 0;
        int apologies = 0;
        int bare = 0;
        int lastMood = -1;
        boolean accepted = false;
        boolean solution = false;
        List<String> rejected = new ArrayList<>();
        String promised = "";
        String acceptedOffer = "";
        String learnerText = "";
        // The newest learner turn is the reply being answered now; only earlier ones count here.
        int last = history.isEmpty() || !history.getLast().byLearner() ? history.size() : history.size() - 1;
        for (Turn turn : history.subList(0, last)) {
            if (turn.byLearner()) {
                Reply reply = Reply.of(turn.grade(), turn.text());
                apologies += reply.has("apology") ? 1 : 0;
                bare += reply.bareSorry() ? 1 : 0;
                solution |= reply.has("solution");
                learnerText = turn.text();
                continue;
            }
            lines.add(turn.text());
            lastMood = turn.mood() == null ? lastMood : turn.mood().level();
            String move = turn.move() == null ? "" : turn.move();
            for (String part : move.split("\\+")) {
                if (part.startsWith("reveal:")) {
                    revealed.add(part.substring("reveal:".length()));
                }
                pushbacks += part.equals("pushback") ? 1 : 0;
                // in order, so "retract+accept" (taken back, then a new offer accepted) ends accepted
                accepted = part.equals("accept") || (accepted && !part.equals("retract"));
                acceptedOffer = part.equals("accept") ? learnerText : part.equals("retract") ? "" : acceptedOffer;
                rejected.addAll(part.startsWith("reject") ? List.of(learnerText) : List.of());
                promised = part.equals("promise") ? learnerText : part.equals("retract") ? "" : promised;
            }
        }
        return new CustomerState(revealed, pushbacks, accepted, solution, apologies, bare, lines, lastMood, rejected,
                promised, acceptedOffer);
    }

    /** True when an earlier partner line already said this text. */
    boolean said(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return !needle.isEmpty()
                && partnerLines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(needle));
    }
}

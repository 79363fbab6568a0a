package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer remembers, worked out from the stored history alone (no engine keeps per-chat state):
 * facts revealed, pushbacks made, whether a solution was offered or accepted, how often the rep only said
 * sorry, and what they still need apart from how angry they are: whether they were heard, whether what they
 * revealed was taken on, how many replies brought nothing new, and any threat they made.
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
 * @param learnerLines  the rep's earlier replies, oldest first
 * @param heard         an earlier reply acknowledged the person (sorry, naming the feeling)
 * @param handled       ids of revealed hidden facts that a later reply took on
 * @param stalls        earlier replies that brought nothing new
 * @param threat        "leave" or "manager" once the customer warned they would, else ""
 * @param englishAsked  the customer already asked the rep to speak English
 * @param offerOnTable  the right fix the customer held back on because nobody acknowledged them, else ""
 * @param holds         how many times the rep put them on hold
 */
record CustomerState(Set<String> revealed, int pushbacks, boolean accepted, boolean solutionSeen, int apologies,
                     int bareSorries, List<String> partnerLines, int lastMood, List<String> rejectedOffers,
                     String promised, String acceptedOffer, List<String> learnerLines, boolean heard,
                     Set<String> handled, int stalls, String threat, boolean englishAsked, String offerOnTable,
                     int holds) {

    /** The history read without a scenario: stalls and hidden facts taken on are not counted. */
    static CustomerState of(List<Turn> history) {
        return of(null, history);
    }

    static CustomerState of(Scenario scenario, List<Turn> history) {
        Set<String> revealed = new LinkedHashSet<>();
        Set<String> handled = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        List<String> learner = new ArrayList<>();
        int pushbacks = 0;
        int apologies = 0;
        int bare = 0;
        int lastMood = -1;
        int stalls = 0;
        int holds = 0;
        boolean accepted = false;
        boolean solution = false;
        boolean heard = false;
        boolean english = false;
        List<String> rejected = new ArrayList<>();
        String promised = "";
        String acceptedOffer = "";
        String onTable = "";
        String threat = "";
        String learnerText = "";
        Reply pending = null;
        boolean heardBefore = false;
        // The newest learner turn is the reply being answered now; only earlier ones count here.
        int last = history.isEmpty() || !history.getLast().byLearner() ? history.size() : history.size() - 1;
        for (Turn turn : history.subList(0, last)) {
            if (turn.byLearner()) {
                Reply reply = scenario == null ? Reply.of(turn.grade(), turn.text())
                        : CustomerDirector.read(scenario, turn.grade(), turn.text());
                apologies += reply.has("apology") ? 1 : 0;
                bare += reply.bareSorry() ? 1 : 0;
                solution |= reply.has("solution");
                heardBefore = heard;
                heard |= Progress.acknowledges(reply);
                if (scenario != null) {
                    scenario.hiddenFacts().stream().filter(f -> revealed.contains(f.id()))
                            .filter(f -> Progress.acknowledges(reply) || Progress.mentions(f, turn.text()))
                            .forEach(f -> handled.add(f.id()));
                }
                learnerText = turn.text();
                pending = reply;
                continue;
            }
            lines.add(turn.text());
            lastMood = turn.mood() == null ? lastMood : turn.mood().level();
            String move = turn.move() == null ? "" : turn.move();
            if (pending != null && scenario != null) {
                stalls += Progress.stall(pending, learner, heardBefore, move, holds) ? 1 : 0;
            }
            if (pending != null) {
                learner.add(learnerText);
                pending = null;
            }
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
                onTable = part.equals("unheard") ? learnerText : part.equals("accept") ? "" : onTable;
                threat = part.startsWith("warn:") ? part.substring("warn:".length()) : threat;
                english |= part.equals("english");
                holds += part.equals("hold") ? 1 : 0;
            }
        }
        return new CustomerState(revealed, pushbacks, accepted, solution, apologies, bare, lines, lastMood, rejected,
                promised, acceptedOffer, learner, heard, handled, stalls, threat, english, onTable, holds);
    }

    /** True when an earlier partner line already said this text. */
    boolean said(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return !needle.isEmpty()
                && partnerLines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Hidden facts told but never taken on by a later reply. */
    List<String> unhandled() {
        return revealed.stream().filter(id -> !handled.contains(id)).toList();
    }
}

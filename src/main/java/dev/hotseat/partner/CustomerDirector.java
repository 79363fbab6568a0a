package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;

/**
 * Plays an upset customer from the reading of each reply: moves the mood, picks the reaction in a fixed order,
 * counts the replies that got nowhere, warns once and keeps the threat. See docs/mood-model.md.
 */
final class CustomerDirector {
    /** No customer call stays open past this many replies: it resolves, they leave, or they ask for a manager. */
    static final int MAX_REPLIES = 14;

    /** What the customer does this turn, before the mood is final. */
    record Step(String move, String line, String intent, int moodChange, Outcome outcome) {
        static Step of(String move, String line, String intent) {
            return new Step(move, line, intent, 0, null);
        }
    }

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        CustomerState state = CustomerState.of(s, request.history());
        LinePicker lines = new LinePicker(s, request.history().size(), state.partnerLines(), request.seed(),
                state.revealed());
        if (request.opening()) {
            Mood start = s.mood().moodAt(s.mood().start());
            return new Plan("opening", start, lines.customer("opening"),
                    Intents.of("opening", s, Map.of("mood", start.label())), null);
        }
        Reply reply = Reply.of(request.findings(), lastLearnerText(request.history()));
        int before = request.mood() != null ? request.mood().level()
                : state.lastMood() >= 0 ? state.lastMood() : s.mood().start();
        int mood = Math.min(100, Math.max(0, before + MoodRules.delta(reply, state, s)));
        if (mood >= 100 && !state.accepted()) {
            return ending(s, state, lines, "leave");
        }
        Step step = new CustomerMoves(s, state, reply, lines, mood).choose();
        if (step.outcome() != null) {
            return finalPlan(s, step, Math.min(99, Math.max(0, mood + step.moodChange())));
        }
        boolean stall = Progress.stall(step.move());
        int stalls = state.stalls() + (stall ? 1 : 0);
        if (stall && (!state.threat().isEmpty() || stalls > warnAt(s))) {
            return ending(s, state, lines, state.threat().isEmpty() ? threat(s, request.seed()) : state.threat());
        }
        int after = Math.min(99, Math.max(0, mood + step.moodChange()));
        if (state.learnerLines().size() + 1 >= MAX_REPLIES) {
            return state.accepted() && state.promised().isEmpty()
                    ? finalPlan(s, Step.of("resolved", lines.customer("resolved"), Intents.of("resolved")), after)
                    : ending(s, state, lines, state.threat().isEmpty() ? "manager" : state.threat());
        }
        if (stall && stalls == warnAt(s) && state.threat().isEmpty()) {
            String threat = threat(s, request.seed());
            step = new Step(step.move() + "+warn:" + threat, step.line() + " " + lines.customer("warn:" + threat),
                    step.intent() + " " + Intents.warn(threat), step.moodChange(), null);
            after = Math.max(after, MoodWords.HOSTILE_FLOOR);
        }
        boolean settled = state.accepted() || Progress.first(step.move()).equals("accept");
        Mood shown = MoodWords.shown(s, after, step.move(), null, settled && (state.heard() || reply.hears()));
        return new Plan(step.move(), shown, step.line(), Intents.withMood(step.intent(), shown), null);
    }

    /** The stall that brings the warning; the next one ends the call. Less patience, sooner. */
    static int warnAt(Scenario s) {
        return Math.max(2, s.mood().patience() - 1);
    }

    /** Whether this customer, warned, would rather leave or ask for a manager: fixed per session by its seed. */
    static String threat(Scenario s, long seed) {
        long mix = seed * 31 + s.id().hashCode();
        return Math.floorMod(mix, 2) == 0 ? "leave" : "manager";
    }

    /** Hard customers make the rep ask precisely; easier ones hear the question in looser words. */
    static double revealCut(Scenario s) {
        return s.difficulty() == Difficulty.HARD ? 0.5 : s.difficulty() == Difficulty.MEDIUM ? 0.45 : 0.4;
    }

    private static Plan finalPlan(Scenario s, Step step, int level) {
        Outcome outcome = step.outcome() == null ? Outcome.RESOLVED : step.outcome();
        Mood shown = MoodWords.shown(s, outcome == Outcome.RESOLVED ? Math.min(level, 30) : Math.max(level, 60),
                step.move(), outcome, outcome == Outcome.RESOLVED);
        return new Plan(step.move(), shown, step.line(), Intents.withMood(step.intent(), shown), outcome);
    }

    private static Plan ending(Scenario s, CustomerState state, LinePicker lines, String threat) {
        if (threat.equals("manager")) {
            return new Plan("manager", MoodWords.shown(s, Math.max(85, state.lastMood()), "manager", Outcome.MANAGER,
                    false), lines.customer("manager"), Intents.of("manager"), Outcome.MANAGER);
        }
        return new Plan("walk-out", s.mood().moodAt(100), lines.customer("walk-out"), Intents.of("walk-out"),
                Outcome.WALKED_OUT);
    }

    static String lastLearnerText(List<Turn> history) {
        return history.isEmpty() || !history.getLast().byLearner() ? "" : history.getLast().text();
    }
}

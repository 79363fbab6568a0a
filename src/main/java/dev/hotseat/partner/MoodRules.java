package dev.hotseat.partner;

import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;

/**
 * How one reply moves a customer's mood (0 calm – 100 walks out). Skills lower it, faults raise it; the
 * size of a fault is set by patience, so a scenario with less patience runs out sooner. See
 * docs/mood-model.md for the reasoning behind each number.
 */
final class MoodRules {
    /** At or below this, an accepted solution closes the call. */
    static final int RESOLVE_AT = 50;
    /** Mood drop when a solution meets what the customer wants. */
    static final int ACCEPT_BONUS = 20;
    /** Mood drop when a solution is accepted for being reasonable (calm enough, or a limit held politely). */
    static final int SETTLE_BONUS = 10;
    private static final int MAX_CALMING = 20;

    private MoodRules() {
    }

    /** One unhelpful reply's worth of anger: what it takes to go from the start to 100 in `patience` replies. */
    static int step(Scenario.MoodSettings mood) {
        return Math.max(5, (int) Math.ceil((100.0 - mood.start()) / Math.max(1, mood.patience())));
    }

    /** The change in mood caused by the reply itself, before the customer's answer adds its own. */
    static int delta(Reply reply, CustomerState state, Scenario scenario) {
        int step = step(scenario.mood());
        if (state.accepted() && !reply.fault()) {
            return 0; // courtesy after the deal neither calms nor costs: the call is closing
        }
        int anger = 0;
        anger += reply.offTask() ? step : 0;
        anger += reply.shows("deflect") ? step : 0;
        anger += reply.rude() ? step + step / 2 : 0;
        anger += reply.anger().isPresent() && !reply.rude() && !reply.shows("deflect") ? step : 0;
        anger += reply.empty() && !reply.offTask() ? step / 2 : 0;
        if (reply.bareAcknowledgement() && state.bareAcks() >= 2) {
            return anger + step / 2; // sorry on repeat is noise: it irritates instead of calming
        }
        double calming = calming(reply, state) * factor(scenario.difficulty());
        if (reply.bareAcknowledgement() && state.bareAcks() == 1) {
            calming /= 2;
        }
        boolean hollow = reply.shows("parrot") || (reply.vague().isPresent() && reply.wantOffer().isEmpty())
                || Words.repeats(reply.text(), state.learnerLines());
        if (reply.fault() || reply.anger().isPresent() || hollow) {
            // A fault blocks calming on that turn; a parrot, a vague promise and a repeat calm no one.
            calming = 0;
            anger += reply.fault() || reply.anger().isPresent() ? 0 : step / 2;
        }
        return anger - (int) Math.round(Math.min(MAX_CALMING, calming));
    }

    private static int calming(Reply reply, CustomerState state) {
        int c = 0;
        c += reply.shows("empathy") ? 8 : 0;
        c += reply.shows("apology") ? (state.apologies() == 0 ? 6 : state.apologies() == 1 ? 2 : 0) : 0;
        c += reply.shows("restate") ? 6 : 0;
        c += reply.shows("ownership") ? 8 : 0;
        c += reply.shows("clarify") ? 3 : 0;
        c += reply.shows("collaborate") ? 6 : 0;
        c += reply.shows("followup") ? 4 : 0;
        c += reply.shows("solution") ? 4 : 0;
        return c;
    }

    /** Harder customers take longer to soothe. */
    private static double factor(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> 1.25;
            case MEDIUM -> 1.0;
            case HARD -> 0.8;
        };
    }
}

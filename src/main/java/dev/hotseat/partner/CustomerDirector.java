package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;
import java.util.List;

/** Plays an upset customer: moves the mood by the skills found and picks the reaction, in a fixed order. */
final class CustomerDirector {
    private static final java.util.regex.Pattern OFFERING = java.util.regex.Pattern.compile(
            "(?<!nothing )\\b(i'll|i will|i can(?!'t| ?not)|we can(?!'t| ?not)|we'll|we will|let me|i'm going to"
            + "|i am going to)\\b");

    /** What the customer does this turn, before the mood is final. */
    record Step(String move, String line, String intent, int moodChange, Outcome outcome) {
        static Step of(String move, String line, String intent) {
            return new Step(move, line, intent, 0, null);
        }
    }

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        LinePicker lines = new LinePicker(s, request.history().size(), CustomerState.of(request.history()).partnerLines());
        if (request.opening()) {
            String line = lines.customer("opening");
            return new Plan("opening", s.mood().moodAt(s.mood().start()), line,
                    Intents.opening(s, s.mood().moodAt(s.mood().start())), null);
        }
        CustomerState state = CustomerState.of(request.history());
        Reply reply = offerOfWhatTheyWant(s,
                questionAboutHiddenFact(s, Reply.of(request.findings(), lastLearnerText(request.history()))));
        int before = request.mood() != null ? request.mood().level()
                : state.lastMood() >= 0 ? state.lastMood() : s.mood().start();
        int mood = Math.min(100, Math.max(0, before + MoodRules.delta(reply, state, s)));
        if (mood >= 100) {
            return new Plan("walk-out", s.mood().moodAt(100), lines.customer("walk-out"),
                    Intents.walkOut(s), Outcome.WALKED_OUT);
        }
        Step step = new CustomerMoves(s, state, reply, lines, before, mood).choose();
        int after = Math.min(99, Math.max(0, mood + step.moodChange()));
        if (step.move().equals("accept") && after <= MoodRules.RESOLVE_AT) {
            step = new Step("resolved", lines.customer("resolved"), Intents.resolved(s), 0, Outcome.RESOLVED);
        }
        return new Plan(step.move(), s.mood().moodAt(after), step.line(),
                Intents.withMood(step.intent(), s.mood().moodAt(after)), step.outcome());
    }

    static String lastLearnerText(List<Turn> history) {
        return history.isEmpty() || !history.getLast().byLearner() ? "" : history.getLast().text();
    }

    /**
     * A question that asks for something specific (a fact hidden or not, a detail, "did you check?"), or invites
     * them to say more ("anything else?"), counts as a
     * clarifying question even when the evaluator missed it: the customer hears the question, whatever the grade says.
     */
    static Reply questionAboutHiddenFact(Scenario s, Reply reply) {
        boolean asks = reply.text().contains("?") && (FactQuestion.of(s, reply.text()).targeted()
                || FactQuestion.OPEN_PROMPT.matcher(reply.lower()).find());
        // A summary said as a question ("So you'd like a new address?") checks understanding; it asks for nothing.
        return asks && !reply.negative() && !reply.has("clarify") && !reply.has("restate")
                ? reply.inferring("clarify") : reply;
    }

    /**
     * "I'll recalculate it today from an actual reading": a statement that promises what they want, in the want's
     * own words, is an offer even when the evaluator found nothing; the customer hears the offer.
     */
    static Reply offerOfWhatTheyWant(Scenario s, Reply reply) {
        String statements = String.join(" ", java.util.Arrays.stream(reply.text().split("(?<=[.!?])\\s+"))
                .filter(x -> !x.contains("?")).toList());
        boolean offers = OFFERING.matcher(statements.toLowerCase(java.util.Locale.ROOT)).find()
                && Reply.mentions(statements, s.wants().acceptedIf());
        return offers && !reply.negative() && !reply.has("solution") ? reply.inferring("solution") : reply;
    }

    /** Hard customers make the rep ask precisely; easier ones volunteer the next thing they kept back. */
    static boolean volunteers(Scenario s) {
        return s.difficulty() != Difficulty.HARD;
    }
}

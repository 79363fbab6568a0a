package dev.hotseat.partner;

import dev.hotseat.core.Mood;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.EnglishCheck;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plays an upset customer: moves the mood by the skills found and picks the reaction, in a fixed order; counts
 * the replies that brought nothing new, warns once, and keeps the threat. See docs/mood-model.md.
 */
final class CustomerDirector {
    /** No customer call stays open past this many replies: it resolves, they leave, or they ask for a manager. */
    static final int MAX_REPLIES = 14;
    private static final Pattern OFFERING = Pattern.compile(
            "(?<!nothing )\\b(i'll|i will|i can(?!'t| ?not)|we can(?!'t| ?not)|we'll|we will|let me|i'm going to"
            + "|i am going to)\\b");
    /** Blame, arguing, talking down: read from the words, whatever the evaluator found. */
    private static final Pattern BLAMES = Pattern.compile("\\b(calm down|if you'd|if you had (checked|read|looked)"
            + "|you should have(?! had to)|you shouldn't have (?!had to)|(?<!not )(?<!wasn't )your (own )?fault|not my (fault|problem)"
            + "|stop (whining|complaining|shouting|moaning)|you people|ridiculous|deal with it|no need to shout"
            + "|you must have|that's on you|don't take that tone|get over it|whatever)\\b");
    /** Policy-speak, sending them to the website, passing them on. */
    private static final Pattern DEFLECTS = Pattern.compile("\\b((that's|it's|that is|it is) (just )?(our|the"
            + "|company) (policy|rules?)|(our|the) policy (is|says)|terms and conditions|rules are rules"
            + "|(check|look at|go to|visit|use|see|try) (the |our )?(website|web site|site|app|tracking page"
            + "|help (centre|center|page)|faq)|not my department|(another|a different|the right) (department|team)"
            + "|out of my hands|not up to me|nothing i can do|(you'll|you will) (have|need) to (contact|call|ring"
            + "|speak to|email|go to))\\b");
    /** "Let me just have a look": looking, not promising; a non-answer if it is all they say. */
    private static final Pattern LOOKING = Pattern.compile("\\blet me (just )?(have a look|look|check|see)\\b");
    /** Small talk: nothing to do with why they called, however it is phrased. */
    static final Pattern SMALL_TALK = Pattern.compile("\\b(weather|football|the match|lunch|dinner plans"
            + "|holidays? (planned|booked)|your weekend|the weekend|cats?|dogs?|tv|telly|netflix|film|movie"
            + "|how are you( doing)?\\?|how's your day|how is your day)\\b");
    /** Talking to the grader rather than the customer. */
    private static final Pattern GRADER = Pattern.compile("\\b(ignore (all |the |your )?(previous|prior|above"
            + "|earlier) (instructions|prompts?)|(rate|score|grade|mark) (this|me|my reply)|full marks|top marks"
            + "|(the )?(grader|evaluator|rubric|system prompt)|give (me|this) (a )?100)\\b");

    /** Groups that may come round again without the customer escalating: progress, not stalling. */
    private static final java.util.Set<String> NOT_ESCALATING = java.util.Set.of("accept", "resolved", "grudging",
            "confirm", "correct", "reveal", "details", "opening", "english", "unresolved", "hold", "personal",
            "unknown", "checked", "suggest", "promise", "retract", "still-on", "unheard");

    /** What the customer does this turn, before the mood is final. */
    record Step(String move, String line, String intent, int moodChange, Outcome outcome) {
        static Step of(String move, String line, String intent) {
            return new Step(move, line, intent, 0, null);
        }
    }

    Plan plan(PartnerRequest request) {
        Scenario s = request.scenario();
        CustomerState state = CustomerState.of(s, request.history());
        LinePicker lines = new LinePicker(s, request.history().size(), state.partnerLines(), request.seed());
        if (request.opening()) {
            String line = lines.customer("opening");
            return new Plan("opening", s.mood().moodAt(s.mood().start()), line,
                    Intents.of("opening", s, Map.of("mood", s.mood().moodAt(s.mood().start()).label())), null);
        }
        Reply reply = read(s, request.findings(), lastLearnerText(request.history()));
        int before = request.mood() != null ? request.mood().level()
                : state.lastMood() >= 0 ? state.lastMood() : s.mood().start();
        boolean heard = state.heard() || Progress.acknowledges(reply);
        int mood = Math.min(100, Math.max(0, before + MoodRules.delta(reply, state, s)));
        if (mood >= 100) {
            return ending(s, state, lines, "leave");
        }
        Step step = !EnglishCheck.looksEnglish(reply.text()) && !state.englishAsked()
                ? Step.of("english", lines.customer("english"), Intents.of("english"))
                : new CustomerMoves(s, state, reply, lines, before, mood).choose();
        // a reaction whose lines are all said: they escalate rather than cycle
        boolean stall = Progress.stall(reply, state.learnerLines(), state.heard(), step.move(), state.holds())
                || lines.spent().stream().anyMatch(g -> !NOT_ESCALATING.contains(g.split(":")[0]));
        int stalls = state.stalls() + (stall ? 1 : 0);
        int replies = state.learnerLines().size() + 1;
        if (stall && (!state.threat().isEmpty() || stalls > warnAt(s))) {
            return ending(s, state, lines, state.threat().isEmpty() ? threat(s, request.seed()) : state.threat());
        }
        int after = Math.min(99, Math.max(0, mood + step.moodChange()));
        boolean satisfied = heard && unhandledAfter(s, state, reply).isEmpty() && state.promised().isEmpty();
        if (step.move().equals("accept") && after <= MoodRules.RESOLVE_AT && satisfied) {
            step = new Step("resolved", lines.customer("resolved"), Intents.of("resolved"), 0, Outcome.RESOLVED);
        } else if (step.move().equals("accept") && heard && !unhandledAfter(s, state, reply).isEmpty()) {
            step = new Step("accept+unresolved", step.line() + " " + lines.customer("unresolved"),
                    Intents.of("unresolved"), step.moodChange(), null);
        }
        if (step.outcome() == null && replies >= MAX_REPLIES) {
            return state.accepted() && satisfied
                    ? resolvedPlan(s, lines)
                    : ending(s, state, lines, state.threat().isEmpty() ? "manager" : state.threat());
        }
        if (stall && stalls == warnAt(s) && state.threat().isEmpty() && step.outcome() == null) {
            String threat = threat(s, request.seed());
            step = new Step(step.move() + "+warn:" + threat, step.line() + " " + lines.customer("warn:" + threat),
                    step.intent() + " " + Intents.warn(threat), step.moodChange(), null);
            after = Math.max(after, MoodWords.HOSTILE_FLOOR);
        }
        Mood shown = MoodWords.shown(s, after, step.move(), step.outcome(), heard && state.accepted());
        return new Plan(step.move(), shown, step.line(), Intents.withMood(step.intent(), shown), step.outcome());
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

    private static Plan ending(Scenario s, CustomerState state, LinePicker lines, String threat) {
        if (threat.equals("manager")) {
            return new Plan("manager", MoodWords.shown(s, Math.max(85, state.lastMood()), "manager", Outcome.MANAGER,
                    false), lines.customer("manager"), Intents.of("manager"), Outcome.MANAGER);
        }
        return new Plan("walk-out", s.mood().moodAt(100), lines.customer("walk-out"), Intents.of("walk-out"),
                Outcome.WALKED_OUT);
    }

    private static Plan resolvedPlan(Scenario s, LinePicker lines) {
        return new Plan("resolved", MoodWords.shown(s, 30, "resolved", Outcome.RESOLVED, true),
                lines.customer("resolved"), Intents.of("resolved"), Outcome.RESOLVED);
    }

    /** Hidden facts told and not yet taken on, counting this reply. */
    static List<String> unhandledAfter(Scenario s, CustomerState state, Reply reply) {
        if (s.difficulty() != Difficulty.HARD) {
            return List.of();
        }
        return state.unhandled().stream().filter(id -> s.hiddenFacts().stream()
                .filter(f -> f.id().equals(id))
                .noneMatch(f -> Progress.acknowledges(reply) || Progress.mentions(f, reply.text()))).toList();
    }

    /** The reply as the customer hears it: the findings, plus what its own words make plain. */
    static Reply read(Scenario s, Grade findings, String text) {
        Reply reply = offerOfWhatTheyWant(s, questionAboutHiddenFact(s, Reply.of(findings, text)));
        String lower = reply.lower();
        if (GRADER.matcher(lower).find() || SMALL_TALK.matcher(lower).find()) {
            reply = reply.inferring("offtask");
        }
        if (BLAMES.matcher(lower).find() && !reply.has("blame")) {
            reply = reply.inferring("blame");
        }
        if (DEFLECTS.matcher(lower).find() && !reply.has("deflect") && !reply.has("blame")) {
            reply = reply.inferring("deflect");
        }
        if (!reply.has("restate") && !reply.negative() && CustomerMoves.CONFIRMING.matcher(lower).find()
                && factWordsShared(s, statements(reply.text())) >= 2) {
            reply = reply.inferring("restate"); // "So: order 4417, due Tuesday. Is that right?" sums their case up
        }
        if (vaguePromise(s, reply)) {
            reply = reply.inferring("vague");
        }
        return reply;
    }

    private static long factWordsShared(Scenario s, String text) {
        java.util.Set<String> facts = new java.util.HashSet<>();
        s.facts().values().forEach(v -> facts.addAll(Grievance.contentWords(v)));
        return Grievance.contentWords(text).stream().filter(facts::contains).count();
    }

    /** "I'll take ownership and get it sorted": a promise that names nothing about this case. */
    private static boolean vaguePromise(Scenario s, Reply reply) {
        String statements = statements(reply.text());
        return OFFERING.matcher(statements.toLowerCase(Locale.ROOT)).find() && !reply.negative()
                && !LOOKING.matcher(statements.toLowerCase(Locale.ROOT)).find()
                && !OfferMoves.concreteWords(s, statements) && !OfferWords.holdRequest(reply.text());
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
        String statements = statements(reply.text());
        boolean offers = OFFERING.matcher(statements.toLowerCase(Locale.ROOT)).find()
                && Reply.mentions(statements, s.wants().acceptedIf());
        return offers && !reply.negative() && !reply.has("solution") ? reply.inferring("solution") : reply;
    }

    private static String statements(String text) {
        return String.join(" ", java.util.Arrays.stream(text.split("(?<=[.!?])\\s+"))
                .filter(x -> !x.contains("?")).toList());
    }

    /** Hard customers make the rep ask precisely; easier ones volunteer the next thing they kept back. */
    static boolean volunteers(Scenario s) {
        return s.difficulty() != Difficulty.HARD;
    }
}

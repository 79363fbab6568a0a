package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.core.Reading;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline evaluator: the reply is read once ({@link ReplyReader}), and the grade follows from that reading and
 * the rubric file alone — which criteria it shows (the rubric says which acts count for each), what is not credited
 * (a repeat, a promise beyond policy, words aimed at the grader), the score by the rubric's roles and shares, tips
 * that quote the learner, and a rewrite that the same reader has read back. Thread-safe.
 */
public final class RubricEvaluator implements Evaluator {

    private final PromptLibrary library;
    private final ReplyReader reader;

    public RubricEvaluator(PromptLibrary library, ReplyReader reader) {
        this.library = library;
        this.reader = reader;
    }

    /** The offline evaluator with the reader shipped in the jar, loaded here. */
    public static RubricEvaluator create(PromptLibrary library) {
        return new RubricEvaluator(library, ReplyReader.load());
    }

    /** This evaluator over another library (a coach's draft rubric): the reader is shared, not loaded again. */
    public RubricEvaluator over(PromptLibrary other) {
        return new RubricEvaluator(other, reader);
    }

    /** The reader behind this evaluator, for whoever needs a reading without a grade. */
    public ReplyReader reader() {
        return reader;
    }

    /** Reads the persona's line ahead of the learner's reply: nothing to prepare, the reader reads both at once. */
    @Override
    public void prepare(String personaLine) {
    }

    @Override
    public Grade grade(Exchange exchange) {
        return grade(exchange, true);
    }

    /** The same grade without the rewrite: its candidates, each read again, cost more than the grade itself. */
    @Override
    public Grade gradeInAHurry(Exchange exchange) {
        return grade(exchange, false);
    }

    private Grade grade(Exchange exchange, boolean withRewrite) {
        Rubric rubric = rubricOf(exchange);
        String reply = exchange.reply() == null ? "" : exchange.reply();
        Reading reading = reader.read(rubric, exchange.scenario(), exchange.context(), reply);
        if (!reading.english()) {
            return new Grade(0, List.of(), NOT_ENGLISH, false, "", "offline", reading);
        }
        Moment moment = Moment.of(exchange);
        List<Verdict> verdicts = verdicts(rubric, reading, exchange);
        Scorer.Result scored = Scorer.score(verdicts, rubric.scoring(), moment);
        Feedback feedback = new Feedback(verdicts, moment, exchange);
        List<CriterionResult> results = new ArrayList<>();
        for (Verdict v : verdicts) {
            Criterion c = v.criterion();
            int start = v.part().map(Reading.Part::start).orElse(0);
            results.add(new CriterionResult(c.id(), c.polarity(), v.shown(), round(v.confidence()),
                    v.shown() ? v.quote() : "", feedback.tip(v), false, "", c.name(),
                    !v.shown() && c.polarity() == Polarity.POSITIVE && exchange.shownBefore(c.id())));
        }
        if (reading.offTask()) {
            return new Grade(0, results, "This reply talks to the grader (\"" + reading.graderTalk() + "\"), not to "
                    + "the person you are practising with, so it earns nothing. Answer them instead.", true, "",
                    "offline", reading);
        }
        int repeated = Repeats.of(reply, exchange.earlierReplies());
        if (repeated >= 0) {
            return new Grade(0, results, "You said this already (reply " + (repeated + 1) + "), so it earns nothing "
                    + "new: answer what they said just now.", false, "", "offline", reading);
        }
        String summary = scored.capped().isEmpty() ? feedback.summary() : scored.capped() + " " + feedback.next();
        String rewrite = "";
        if (withRewrite) {
            // Built only here: in a hurry nothing of it runs (its set-up says the customer's issue back, too).
            Rewriter rewriter = new Rewriter(exchange, line -> {
                Reading r = reader.read(rubric, exchange.scenario(), exchange.context(), line);
                List<Verdict> v = verdicts(rubric, r, exchange);
                return new Rewriter.Graded(r, v, Scorer.score(v, rubric.scoring(), moment).score());
            });
            rewrite = rewriter.rewrite(reading, new Rewriter.Graded(reading, verdicts, scored.score()), feedback.missing());
        }
        return new Grade(scored.score(), results, summary.trim(), false, rewrite, "offline", reading);
    }

    private Rubric rubricOf(Exchange exchange) {
        return exchange.scenario() == null || exchange.scenario().rubric() == null
                ? library.rubric(exchange.mode()) : library.rubric(exchange.scenario().rubric());
    }

    /**
     * Each criterion's verdict, with what is not credited withheld: everything when the reply talks to the grader or
     * repeats an earlier one; a part said before; a fix that promises more than the policy allows.
     */
    static List<Verdict> verdicts(Rubric rubric, Reading reading, Exchange exchange) {
        boolean nothing = reading.offTask() || Repeats.of(exchange.reply() == null ? "" : exchange.reply(),
                exchange.earlierReplies()) >= 0;
        List<Verdict> out = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Verdict v = Verdict.of(c, reading);
            if (v.shown() && c.polarity() == Polarity.POSITIVE) {
                if (nothing) {
                    v = v.withhold(reading.offTask()
                            ? "Not credited: the reply speaks to the grader, not the person in front of you." : "");
                } else if (Repeats.said(v.quote(), exchange.earlierReplies())) {
                    v = v.withhold("Not credited again: you said \"" + v.quote() + "\" before; only what is new counts.");
                } else if (c.role() == Role.ACTION && beyondPolicy(reading, v)) {
                    v = v.withhold("Not credited: \"" + v.quote() + "\" promises more than the policy allows. Offer "
                            + "what you can actually do.");
                }
            }
            out.add(v);
        }
        return out;
    }

    private static boolean beyondPolicy(Reading reading, Verdict v) {
        int at = reading.parts().indexOf(v.evidence());
        return v.evidence().shows("overpromise")
                || reading.matches().stream().anyMatch(m -> m.kind().equals("beyond") && m.part() == at
                && m.score() >= Reading.SHOWN);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** What a learner reads when a reply is not in English. */
    public static final String NOT_ENGLISH = "Hotseat grades replies in English, so this reply has no score and no "
            + "skills marked. Try it again in English; the grade will follow.";
}

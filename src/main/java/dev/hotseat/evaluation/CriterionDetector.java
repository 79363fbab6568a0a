package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Polarity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** One rubric criterion compiled for grading: its cue patterns, blockers and exemplar vectors. */
final class CriterionDetector {

    private static final Pattern NEGATOR = Pattern.compile(
            "(?i)(?:\\bnot\\b|n't\\b|\\bnever\\b|\\bwithout\\b|\\bnothing\\b|\\bcannot\\b|\\bneither\\b|\\bnor\\b"
                    + "|\\bhardly\\b|\\brefuse[sd]?\\b)");
    // Negations of two words: "no one", "in no way", "at no point", "no way".
    private static final Pattern NEGATOR_PHRASE = Pattern.compile(
            "(?i)\\b(?:no one|nobody)\\b(?! (?:should (?:have to|ever|be treated)|deserves))|\\bno (?:way|point|longer|intention)\\b|\\bnone of (?:us|them)\\b|\\bfar from\\b");
    private static final int NEGATION_WORDS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SCOLDING_QUESTION = Pattern.compile("(?i)\\b(?:why )?(?:don't|can't|won't|couldn't) you(?: just)?$");
    // A negation does not reach across a comma or a joining word: "isn't acceptable and that's on us".
    private static final Pattern CLAUSE_JOIN = Pattern.compile("(?i),|;|\\b(?:and|but|so|because|which|while)\\b");

    // "I won't be calling you back", "No, we don't do that": the learner says they will NOT do it, so only a cue
    // written with the negation in it (firm's "I can't…") may credit such a clause.
    private static final Pattern NEGATED_SELF = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|no|sorry|look|honestly|well),?\\s+)?(?:(?:I|we)(?:'m| am|'re| are|'ll| will"
            + "| would| do| did| can| could| shall)?\\s*(?:really |just |honestly |simply |actually |certainly )?(?:not|never|n't|won't|don't|didn't|can't|cannot|wouldn't|couldn't|shan't"
            + "|refuse|hardly)\\b|(?:nobody|no one)\\b(?! (?:should (?:have to|ever|be treated)|deserves))|(?:neither|none of us)\\b|there(?:'s| is) no way\\b|at no point\\b"
            + "|(?:it's |it is )?not (?:my|our) (?:job|problem|place)\\b"
            // "That's not an error on our side": denying the fault is not owning it.
            + "|(?:that|it|this)(?:'s| is| was)?\\s*(?:not|isn't|wasn't)\\b.{0,20}\\b(?:our|my)\\b)");

    private final Criterion criterion;
    private final List<Pattern> cues;
    private final List<Pattern> blockers;
    private final float[][] exemplars;
    private final float[][] counterExemplars;
    private final ContextCheck check;
    private final LearnedCriterion learned;
    // Cues written with a negation in them ("can't X, but…") mean it; for the others, a negation inside the match
    // cancels it ("I am not sorry", "we are not responsible").
    private final List<Boolean> cueNegates;

    CriterionDetector(Criterion criterion, float[][] exemplars, float[][] counterExemplars) {
        this(criterion, exemplars, counterExemplars, null);
    }

    /** @param learned the learned layer for this criterion, or null for cues and exemplars alone */
    CriterionDetector(Criterion criterion, float[][] exemplars, float[][] counterExemplars, LearnedCriterion learned) {
        this.criterion = criterion;
        this.learned = learned;
        this.cues = compile(criterion, criterion.cues());
        this.cueNegates = this.cues.stream().map(p -> NEGATOR.matcher(p.pattern()).find()
                || p.pattern().contains("n''?t") || p.pattern().contains("n'?t")).toList();
        this.blockers = compile(criterion, criterion.blockers());
        this.exemplars = exemplars;
        this.counterExemplars = counterExemplars;
        this.check = ContextCheck.of(criterion.check());
    }

    Criterion criterion() {
        return criterion;
    }

    /** The learned layer in use for this criterion, or null. */
    LearnedCriterion learned() {
        return learned;
    }

    /** The best clause showing this criterion, or {@link Detection#NONE}. */
    Detection detect(List<Clause> clauses, float[][] vectors, ReplyContext context) {
        Detection best = Detection.NONE;
        for (int i = 0; i < clauses.size(); i++) {
            Detection d = detectIn(clauses.get(i), vectors.length > i ? vectors[i] : null, context);
            if (d.confidence() > best.confidence()) {
                best = d;
            }
        }
        return best;
    }

    private Detection detectIn(Clause clause, float[] vector, ReplyContext context) {
        if (blocked(clause)) {
            return Detection.NONE;
        }
        boolean cued = cued(clause.text());
        if (!cued && criterion.polarity() == Polarity.POSITIVE && NEGATED_SELF.matcher(clause.text()).find()) {
            return Detection.NONE;
        }
        double similarity = vector == null ? 0 : best(vector, exemplars);
        boolean meant = vector != null && exemplars.length > 0 && similarity >= criterion.threshold()
                && similarity > best(vector, counterExemplars);
        boolean shaped = check.showsByShape(clause, context);
        // A restatement may share no words with the customer's line yet mean the same thing.
        double echo = check.echoes(clause, context) ? context.echo(vector) : 0;
        boolean echoed = echo >= criterion.threshold();
        if (!(cued || meant || shaped || echoed) || !(echoed || check.passes(clause, context, cued))) {
            return learnedIn(clause, vector, context, similarity);
        }
        double confidence = cued ? 0.75 + 0.25 * Math.max(0, similarity)
                : meant ? Math.min(0.9, 0.5 + 2 * (similarity - criterion.threshold()))
                : echoed ? Math.min(0.9, 0.5 + 2 * (echo - criterion.threshold())) : 0.55;
        return new Detection(true, round(confidence), clause.text(),
                cued ? "cue" : meant ? "meaning" : echoed ? "echo" : "shape", clause.start(), clause.end());
    }

    // Where cues and exemplars miss, the learned layer may still credit the clause (never a blocked one).
    // The clause is known not to be blocked here, and its closest exemplar is already known.
    private Detection learnedIn(Clause clause, float[] vector, ReplyContext context, double similarity) {
        if (learned == null || vector == null || !gatePasses(clause, context)) {
            return Detection.NONE;
        }
        double p = learned.probability(vector, signals(clause, vector, context, similarity));
        if (p < learned.threshold()) {
            return Detection.NONE;
        }
        double confidence = 0.5 + 0.4 * (p - learned.threshold()) / Math.max(1e-6, 1 - learned.threshold());
        return new Detection(true, round(Math.min(0.9, confidence)), clause.text(), "learned", clause.start(),
                clause.end());
    }

    /** True when the learned layer may judge this clause: embedded, not blocked, and past any hard check. */
    boolean eligible(Clause clause, float[] vector, ReplyContext context) {
        return vector != null && !blocked(clause) && gatePasses(clause, context);
    }

    // Overlap is a feature, not a gate: a paraphrase may share no word with the customer's line.
    private boolean gatePasses(Clause clause, ReplyContext context) {
        return check == ContextCheck.NONE || check == ContextCheck.OVERLAP || check.passes(clause, context, false);
    }

    /**
     * The clause's features for the learned layer besides its vector: check passed, closest exemplar, closest
     * counter-exemplar, likeness to the persona's line. Cue hits are left out on purpose: the cues were written on
     * the same tuning replies the layer learns from, so they look perfect there and the layer would learn nothing else.
     */
    double[] signals(Clause clause, float[] vector, ReplyContext context) {
        return signals(clause, vector, context, exemplars.length == 0 ? 0 : best(vector, exemplars));
    }

    private double[] signals(Clause clause, float[] vector, ReplyContext context, double similarity) {
        return new double[] {
                check.passes(clause, context, false) ? 1 : 0,
                exemplars.length == 0 ? 0 : similarity,
                counterExemplars.length == 0 ? 0 : best(vector, counterExemplars),
                context.echo(vector)};
    }

    /** True when cues, exemplars or shape (not the learned layer) credit some clause of the reply. */
    boolean detectedWithoutLearning(List<Clause> clauses, float[][] vectors, ReplyContext context) {
        for (int i = 0; i < clauses.size(); i++) {
            Detection d = detectIn(clauses.get(i), vectors.length > i ? vectors[i] : null, context);
            if (d.detected() && !d.how().equals("learned")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How close the clause comes to this criterion's exemplars (0 when a counter-exemplar is closer, a blocker
     * matches or the context check fails); the bench uses it to choose thresholds.
     */
    double meaning(Clause clause, float[] vector, ReplyContext context) {
        if (vector == null || exemplars.length == 0 || blocked(clause) || !check.passes(clause, context, false)) {
            return 0;
        }
        double similarity = best(vector, exemplars);
        return similarity > best(vector, counterExemplars) ? similarity : 0;
    }

    /** True when a cue (or the clause's shape) alone shows the criterion in this clause. */
    boolean cuedIn(Clause clause, ReplyContext context) {
        if (blocked(clause)) {
            return false;
        }
        boolean cued = cued(clause.text());
        return (cued || check.showsByShape(clause, context)) && check.passes(clause, context, cued);
    }

    private boolean blocked(Clause clause) {
        for (Pattern blocker : blockers) {
            if (blocker.matcher(clause.sentence()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean cued(String text) {
        for (int i = 0; i < cues.size(); i++) {
            Matcher m = cues.get(i).matcher(text);
            while (m.find()) {
                if (criterion.polarity() == Polarity.NEGATIVE
                        ? cueNegates.get(i) || !negatedRightBefore(text, m.start())
                        : !negated(text, m.start()) && (cueNegates.get(i) || !NEGATOR.matcher(m.group()).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What this criterion shows in one clause (any signal), ignoring the other clauses. */
    Detection detectClause(Clause clause, float[] vector, ReplyContext context) {
        return detectIn(clause, vector, context);
    }

    // A habit's cue right after "not" is its opposite: "it's not your fault" is no blame. Only the two words before
    // count, and a scolding question ("why don't you calm down") stays a habit.
    private static boolean negatedRightBefore(String text, int cueStart) {
        String before = text.substring(0, cueStart).trim();
        if (SCOLDING_QUESTION.matcher(before).find()) {
            return false;
        }
        String[] words = SPACES.split(before);
        for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
            if (NEGATOR.matcher(words[i]).find()) {
                return true;
            }
        }
        return false;
    }

    // "I'm not going to apologise", "I can't help": a negator in the few words before the cue, same clause part.
    private static boolean negated(String text, int cueStart) {
        String before = text.substring(0, cueStart);
        Matcher part = CLAUSE_JOIN.matcher(before);
        int from = 0;
        while (part.find()) {
            from = part.end();
        }
        String[] words = SPACES.split(before.substring(from).trim());
        int first = Math.max(0, words.length - NEGATION_WORDS);
        for (int i = first; i < words.length; i++) {
            if (NEGATOR.matcher(words[i]).find()) {
                return true;
            }
        }
        return NEGATOR_PHRASE.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length))).find();
    }

    private static double best(float[] vector, float[][] targets) {
        double best = -1;
        for (float[] target : targets) {
            best = Math.max(best, ClauseEmbedder.cosine(vector, target));
        }
        return best;
    }

    private static double round(double x) {
        return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100.0;
    }

    private static List<Pattern> compile(Criterion criterion, List<String> regexes) {
        if (regexes == null) {
            return List.of();
        }
        return regexes.stream().map(r -> {
            try {
                return Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Criterion '" + criterion.id() + "' has a broken pattern '"
                        + r + "': " + e.getDescription(), e);
            }
        }).toList();
    }
}

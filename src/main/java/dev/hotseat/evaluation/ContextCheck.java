package dev.hotseat.evaluation;

import java.util.Locale;
import java.util.regex.Pattern;

/** The extra test a criterion's clause must pass, named in the rubric file by {@code check}. */
enum ContextCheck {
    NONE, OVERLAP, QUESTION, ACTION, CONDITIONAL, STORY, LIMIT;

    private static final Pattern ASKS = Pattern.compile(
            "(?i)^(?:and |so |but |also |first,? )?(?:can|could|would|will) you (?:tell|walk|share|send|confirm|give|describe|explain|check|remind|say|remember|recall)"
                    + "|^(?:please )?(?:tell me|let me know|help me understand|walk me through|talk me through|take me through)"
                    + "|^(?:I'd|I would) (?:like|love) to (?:know|understand|hear)\\b"
                    // Chat questions often lack the question mark: "what time did the driver come"
                    + "|^(?:and |so |but |ok(?:ay)?,? |well,? |also )?(?:what|when|where|which|how|who|why|is|are|was|were|do|does|did"
                    + "|have|has|can|could|would|will)\\s+(?:you|your|she|he|they|it|there|the|that|this|anyone|someone|we)\\b"
                    + "|\\b(?:may|can|could) I ask\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?i)\\b(?:I|we|I'll|we'll|I've|we've|I'm|we're|I'd|we'd|let me|let us|let's)\\b");
    private static final Pattern SUGGESTS = Pattern.compile(
            "(?i)\\b(?:you (?:can|could|might want to|may want to|might|should (?!have)|could always)|try\\b|how about|what about|why not|maybe|"
                    + "perhaps|suggest|recommend|advise|consider|please|have you (?:tried|thought|considered|asked|spoken|talked|looked)|it (?:might|may|could|would|will) (?:help|be)|the best thing|my advice)"
                    + "|^\\W*(?:ask|talk|speak|go|take|get|make|find|call|write|keep|change|give|let|start|stop|tell|look|think|join|spend|do|see|reach)\\b");
    // A question is an action only when it offers one: "Shall I rebook it?", "Would you like me to refund it?"
    private static final Pattern OFFER = Pattern.compile(
            "(?i)(?:^|,\\s*)I can\\b|\\b(?:can I|could I|shall I|should I|may I|would you like (?:me|us)|do you want (?:me|us)|how about|what if I|"
                    + "have you (?:tried|thought about|considered)|what about|would it (?:help|be possible)|why not)\\b");
    private static final Pattern FIRST_PERSON_SUBJECT = Pattern.compile("(?i)\\b(?:I|we|I'll|we'll|I've|we've|I'm|we're|I'd|let me)\\b");
    private static final Pattern QUESTION_ORDER = Pattern.compile(
            "(?i)^\\W*(?:and |but |also |ok(?:ay)?,? |well,? )?(?:what|when|where|which|how|who|why|whose|is|are|was|were|do|does"
                    + "|did|can|could|would|will|should|shall|have|has|had|may|might|any)\\b");
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:if|only|unless|once|after|when|until|as a last resort|last resort|couldn't|can't|cannot)\\b");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(?i)\\b(?:but|however|instead|what I can|the best|I can (?:offer|do|give|send|arrange)|I understand|I know|"
                    + "I hear|I'm afraid|I'd like|here's what|though|I will|I'll|I can still|happy to)\\b");
    private static final Pattern RESULT = Pattern.compile(
            "(?i)\\b(?:in the end|as a result|ended up|end result|result was|by the end|afterwards|after that|eventually|"
                    + "which meant|turned (?:it|things) around|came back|thanked me|left (?:a|us a) (?:good |great |positive )?review|"
                    + "was (?:happy|delighted|satisfied|pleased)|were (?:happy|delighted|satisfied|pleased)|stayed (?:a|with)|"
                    + "resolved|sorted|calmed down|still (?:a )?(?:customer|shops|orders)|left (?:happy|satisfied|smiling|pleased|delighted))\\b");

    static ContextCheck of(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown check '" + name
                    + "' (known: overlap, question, action, conditional, story, limit)", e);
        }
    }

    /** True when the clause passes this check; {@code cued} relaxes the overlap needed for a restatement. */
    boolean passes(Clause clause, ReplyContext context, boolean cued) {
        return switch (this) {
            case NONE -> true;
            case OVERLAP -> !context.hasContext() ? cued : context.overlap(clause.text()) >= (cued ? 1 : 2);
            case QUESTION -> clause.isQuestion() || ASKS.matcher(clause.text()).find();
            case ACTION -> (!clause.isQuestion() || OFFER.matcher(clause.text()).find())
                    && (FIRST_PERSON.matcher(clause.text()).find() || SUGGESTS.matcher(clause.text()).find());
            case CONDITIONAL -> CONDITION.matcher(clause.sentence()).find();
            case STORY -> RESULT.matcher(context.reply()).find();
            case LIMIT -> ALTERNATIVE.matcher(context.reply()).find();
        };
    }

    /**
     * True when the clause could restate the persona's line by meaning: statement order (or a check-back),
     * about "you", not about what "I" do. The caller compares the clause's meaning with the persona's line.
     */
    boolean echoes(Clause clause, ReplyContext context) {
        boolean asks = clause.isQuestion() && QUESTION_ORDER.matcher(clause.text()).find();
        return this == OVERLAP && !asks && context.secondPerson(clause.text())
                && !FIRST_PERSON_SUBJECT.matcher(clause.text()).find();
    }

    /** True when the clause shows the skill by its shape alone, without a cue or an exemplar. */
    boolean showsByShape(Clause clause, ReplyContext context) {
        // A question counts only in statement order, a check-back such as "You were charged twice?"
        boolean asks = clause.isQuestion() && QUESTION_ORDER.matcher(clause.text()).find();
        if (this != OVERLAP || !context.hasContext() || asks
                || FIRST_PERSON_SUBJECT.matcher(clause.text()).find()) {
            return false;
        }
        int shared = context.overlap(clause.text());
        return shared >= 3 || (shared >= 2 && context.secondPerson(clause.text()));
    }
}

package dev.hotseat.evaluation;

import java.util.Locale;
import java.util.regex.Pattern;

/** The extra test a criterion's clause must pass, named in the rubric file by {@code check}. */
enum ContextCheck {
    NONE, OVERLAP, QUESTION, ACTION, CONDITIONAL, STORY, LIMIT;

    private static final Pattern ASKS = Pattern.compile(
            "(?i)^(?:and |so |but |also |first,? )?(?:can|could|would|will) you (?:tell|walk|share|send|confirm|give|describe|explain|check|remind)"
                    + "|^(?:please )?(?:tell me|let me know|help me understand|walk me through|talk me through)");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?i)\\b(?:I|we|I'll|we'll|I've|we've|I'm|we're|I'd|we'd|let me|let us|let's)\\b");
    private static final Pattern SUGGESTS = Pattern.compile(
            "(?i)\\b(?:you (?:can|could|might want to|may want to|might|should (?!have)|could always)|try\\b|how about|what about|why not|maybe)");
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:if|only|unless|once|after|when|until|as a last resort|last resort|couldn't|can't|cannot)\\b");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(?i)\\b(?:but|however|instead|what I can|the best|I can (?:offer|do|give|send|arrange)|I understand|I know|"
                    + "I hear|I'm afraid|I'd like|here's what|though|I will|I'll|I can still|happy to)\\b");
    private static final Pattern RESULT = Pattern.compile(
            "(?i)\\b(?:in the end|as a result|ended up|end result|result was|by the end|afterwards|after that|eventually|"
                    + "which meant|turned (?:it|things) around|came back|thanked me|left (?:a|us a) (?:good |great |positive )?review|"
                    + "was (?:happy|delighted|satisfied|pleased)|were (?:happy|delighted|satisfied|pleased)|stayed (?:a|with)|"
                    + "resolved|sorted|calmed down|still (?:a )?(?:customer|shops|orders))\\b");

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
            case ACTION -> FIRST_PERSON.matcher(clause.text()).find() || SUGGESTS.matcher(clause.text()).find();
            case CONDITIONAL -> CONDITION.matcher(clause.sentence()).find();
            case STORY -> RESULT.matcher(context.reply()).find();
            case LIMIT -> ALTERNATIVE.matcher(context.reply()).find();
        };
    }

    /** True when the clause shows the skill by its shape alone, without a cue or an exemplar. */
    boolean showsByShape(Clause clause, ReplyContext context) {
        return this == OVERLAP && context.hasContext() && !clause.isQuestion()
                && context.secondPerson(clause.text()) && context.overlap(clause.text()) >= 3;
    }
}

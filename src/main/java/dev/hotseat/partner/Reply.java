package dev.hotseat.partner;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one learner reply did, as the director sees it: the skills the evaluator found, and the text.
 *
 * @param text     the learner's reply, as typed
 * @param inferred skills the director read from the text itself (a question naming a hidden fact)
 */
record Reply(Grade grade, String text, Set<String> inferred) {
    /** Skills that move a conversation on, as opposed to only acknowledging feelings. */
    private static final List<String> ACTION = List.of("solution", "ownership", "clarify", "restate",
            "collaborate", "firm", "followup");
    private static final Pattern BLAME_WORDS = Pattern.compile("\\b(calm down|relax|fault|you should|you shouldn't"
            + "|you need to|you didn't|you forgot|you must have|you were supposed|shout|your problem|not my problem"
            + "|policy|nothing i can do|but you)");
    private static final Pattern SORRY = Pattern.compile("\\b(sorry|apologi[sz]e|apologies)\\b");

    static Reply of(Grade grade, String text) {
        return new Reply(grade, text == null ? "" : text, Set.of());
    }

    /** The same reply, also counted as showing this skill. */
    Reply inferring(String criterion) {
        Set<String> more = new HashSet<>(inferred);
        more.add(criterion);
        return new Reply(grade, text, Set.copyOf(more));
    }

    boolean has(String criterion) {
        if (inferred.contains(criterion)) {
            return true;
        }
        if (grade == null) {
            return criterion.equals("apology") && SORRY.matcher(lower()).find();
        }
        return grade.detected(criterion) && !(criterion.equals("blame") && doubtfulBlame());
    }

    /**
     * The evaluator quoted the very sentence it also called empathy or an apology as blame, and the sentence has
     * none of the words that blame is made of. Play-testing found "I'm really sorry, that's awful when you paid
     * £749" graded as blame; a customer who hears that does not snap "so it's my fault?".
     */
    private boolean doubtfulBlame() {
        String quote = evidence("blame");
        boolean alsoKind = !quote.isBlank() && (quote.equals(evidence("empathy")) || quote.equals(evidence("apology")));
        return alsoKind && !BLAME_WORDS.matcher(quote.toLowerCase(Locale.ROOT)).find();
    }

    boolean offTask() {
        return inferred.contains("offtask") || (grade != null && grade.offTask());
    }

    /** The evaluator's quote for a detected criterion, else "". */
    String evidence(String criterion) {
        return grade == null ? "" : grade.criterion(criterion).filter(CriterionResult::detected)
                .map(CriterionResult::evidence).orElse("");
    }

    boolean negative() {
        return offTask() || has("deflect") || has("blame");
    }

    /** Acknowledges feelings (sorry, I understand) but does nothing to move the problem on. */
    boolean bareSorry() {
        return (has("apology") || has("empathy")) && !negative() && ACTION.stream().noneMatch(this::has);
    }

    /** No skill and no fault found: the reply ignored what the customer said or asked. */
    boolean empty() {
        return !negative() && !has("apology") && !has("empathy") && ACTION.stream().noneMatch(this::has);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when any of the phrases occurs in the text as whole words (case-insensitive). */
    static boolean mentions(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            String p = phrase.toLowerCase(Locale.ROOT).strip();
            if (!p.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p)).matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}

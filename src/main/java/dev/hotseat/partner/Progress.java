package dev.hotseat.partner;

import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a reply moved the call on, judged from what the customer can see: the words of their own case, what
 * the rep said before, and the customer's answer to it. A reply that adds nothing new is a stall (a repeat, stock
 * phrases, a bare sorry once they were heard, small talk, a vague promise, a fault); stalls spend patience.
 * The evaluator's findings only name skills; this does not depend on which cue words it happens to match.
 */
final class Progress {
    /** Moves that answer a reply that brought nothing new. */
    static final Set<String> STALL_MOVES = Set.of("offtask", "deflect", "blame", "vague", "reject-again", "sorry",
            "sorry-fatigue", "ignored", "already-told", "nothing-more", "unheard-again");
    /** Corporate phrases that say nothing about this case. */
    private static final Pattern STOCK = Pattern.compile("(i )?(do )?(sincerely |truly )?apologi[sz]e for (any|the) "
            + "(inconvenience|trouble|frustration)( (this|that) (has|may have) caused( you)?)?"
            + "|(i'm |i am |we're |we are )?(so |very |really )?sorry for (any|the) (inconvenience|trouble)( caused)?"
            + "|i (completely |totally |fully )?understand your (frustration|concern)s?"
            + "|thank(s| you) for your (patience|understanding)|i appreciate your (patience|understanding)"
            + "|we (really |truly )?value (you|your (custom|business|loyalty))( as a customer)?"
            + "|(your (call|business)|you) (is|are) (very )?important to us|rest assured"
            + "|we take (this|these|such) (matter|issue|complaint)?s? (very )?seriously"
            + "|thank(s| you) for (bringing|raising) (this|that|it)( to (my|our) attention)?"
            + "|i hear (you|what you're saying)|(we're|we are|i'm|i am) (looking into|working on) (it|this|that)"
            + "|as soon as (possible|we can)|please bear with (me|us)|at (our|my) earliest convenience"
            + "|is there anything else i can (help|do)( you)?( with)?( today)?|have a (nice|good|great|lovely) day"
            + "|we (always )?(aim|strive) to (provide|give) (the best|excellent|great) (service|experience)"
            + "|your satisfaction is our (top )?priority|i (can )?(see|understand) (that )?this is (frustrating|upsetting)");
    /** Filler left over once stock phrases are gone. */
    private static final Set<String> FILLER = Set.of("okay", "well", "again", "please", "sure", "absolutely",
            "definitely", "certainly", "totally", "completely", "customer", "today", "thank", "thanks", "madam", "apolog");
    /** Hearing the person: sorry, naming the feeling, taking their side. Read from the words as well as the findings. */
    private static final Pattern ACKNOWLEDGES = Pattern.compile("\\b(sorry|apologi[sz]e|apologies|frustrat\\w*"
            + "|awful|terrible|stressful|worrying|upsetting|must (be|have been|feel)|i'd (feel|be)|no wonder"
            + "|of course you('re| are)|you're right|you are right|that's not (okay|good enough|right|acceptable)"
            + "|shouldn't have happened|let you down|i can imagine|i can only imagine)\\b");

    private Progress() {
    }

    /**
     * @param reply       the reply, with whatever the director inferred from its words
     * @param earlier     the rep's earlier replies, oldest first
     * @param heardBefore an earlier reply already acknowledged the person
     * @param move        the customer's answer to this reply
     * @param holdsBefore how many times the rep already put them on hold
     */
    static boolean stall(Reply reply, List<String> earlier, boolean heardBefore, String move, int holdsBefore) {
        String first = move.split("\\+")[0];
        if (first.equals("hold") && holdsBefore > 0) { // one hold is fair; asking again is filling the silence
            return true;
        }
        if (first.startsWith("deflect") || first.startsWith("blame") || STALL_MOVES.contains(first)) {
            return true;
        }
        if (first.startsWith("reveal:") || first.equals("english")) {
            return false;
        }
        if (repeats(reply.text(), earlier)) { // the same words again never move the call on, even after a deal
            return true;
        }
        if (first.equals("accept") || first.equals("resolved")) {
            return false;
        }
        return stockOnly(reply) || (reply.bareSorry() && heardBefore);
    }

    /** The reply acknowledged the person (the findings say so, or its words do), without a fault in it. */
    static boolean acknowledges(Reply reply) {
        return !reply.negative() && (reply.has("empathy") || reply.has("apology")
                || ACKNOWLEDGES.matcher(reply.lower()).find());
    }

    /** Most of its content words were said in one earlier reply: nothing new. */
    static boolean repeats(String text, List<String> earlier) {
        String plain = normal(text);
        java.util.Set<String> now = Grievance.contentWords(text);
        for (String before : earlier) {
            if (!plain.isEmpty() && plain.equals(normal(before))) {
                return true;
            }
            java.util.Set<String> then = Grievance.contentWords(before);
            long shared = now.stream().filter(then::contains).count();
            if (now.size() >= 2 && shared * 4 >= now.size() * 3L) {
                return true;
            }
        }
        return false;
    }

    /** Stock phrases and nothing else: no question, no offer, no word about this case. */
    static boolean stockOnly(Reply reply) {
        String lower = reply.lower();
        if (!STOCK.matcher(lower).find() || lower.contains("?")) {
            return false;
        }
        String rest = STOCK.matcher(lower).replaceAll(" ");
        long left = Grievance.contentWords(rest).stream().filter(w -> !FILLER.contains(w)).count();
        return left <= 1;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** True when the text names something of the hidden fact (two of its content words, or one for a short fact). */
    static boolean mentions(Scenario.HiddenFact fact, String text) {
        java.util.Set<String> words = Grievance.contentWords(fact.text());
        long shared = Grievance.contentWords(text).stream().filter(words::contains).count();
        return shared >= 1;
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Skills that only fit some moments, so a missing one is not a fault every turn: holding a limit ({@code firm})
 * once the persona asks for more than policy allows, and shaping the fix together ({@code collaborate}) once a
 * solution is on the table. Other criteria always apply.
 */
final class Situational {

    // The persona pushes for more, or for something outside the usual rules (or, in an interview, asks about it).
    private static final Pattern PUSHES = Pattern.compile("(?i)\\b(?:full refund|refund (?:it|me|everything|the lot)"
            + "|my money back|compensat|free\\b|for nothing|waive|discount|voucher|credit|exception|on top|as well as"
            + "|double|manager|supervisor|I (?:want|demand|expect|insist)|I'm owed|you owe|give me|or else|or I'll"
            + "|I'll (?:leave|go elsewhere|cancel|report|post|review|sue)|not good enough|that's not enough|not acceptable"
            + "|unacceptable|against (?:the |your )?(?:rules|policy)|policy|can't give|cannot give|won't accept|insist"
            + "|demand|push(?:es|ed|ing)? (?:for|back)|more than|outside|say no|saying no|bend the rules|let (?:it|me) slide"
            + "|what if (?:they|the customer|he|she) (?:want|ask|demand|insist|won't|refuse))");
    // A fix is being discussed: the persona talks about one, or the reply offers one.
    private static final Pattern FIX_TALK = Pattern.compile("(?i)\\b(?:refund|replace|replacement|resend|re-send"
            + "|redeliver|reorder|rebook|exchange|repair|fix|sort (?:it|this)|credit|voucher|offer|option|instead"
            + "|what (?:are you going to|will you|can you) do|what now|what happens now|how are you going to"
            + "|solution|compensat|money back|not good enough|that's not enough|make (?:it|this) right)\\b");

    private Situational() {
    }

    /** True when a missing criterion is worth a tip in this moment. */
    static boolean relevant(Criterion c, String context, Map<Criterion, Detection> found) {
        String said = context == null ? "" : context;
        return switch (c.id()) {
            case "firm" -> PUSHES.matcher(said).find();
            case "collaborate" -> FIX_TALK.matcher(said).find() || found.entrySet().stream()
                    .anyMatch(e -> e.getKey().id().equals("solution") && e.getValue().detected());
            default -> true;
        };
    }
}

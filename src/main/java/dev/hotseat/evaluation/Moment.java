package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;

import dev.hotseat.persona.Mode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a customer conversation stands, so "Not yet" and the tip name what this moment needs: while the customer
 * still vents, being heard (empathy, restating, an apology); while a fix is worked out, the fix and owning it;
 * once a fix is agreed, the follow-up. Interviews are one question at a time, so every skill ranks the same.
 */
enum Moment {
    VENTING, FIXING, AGREED, ANY;

    // The customer accepts what was offered: "OK, that works", "go on then", "yes please".
    private static final Pattern AGREES = Pattern.compile("(?i)\\b(?:that (?:works|would work|'d work|sounds "
            + "(?:good|fair|fine|ok|okay|better|great|reasonable))|(?:ok|okay|fine|alright|right),? (?:then|go ahead|do that|"
            + "let's do that|I'll take)|go on then|yes,? please|please do|deal\\b|I(?:'ll| will) (?:take|accept) "
            + "(?:it|that|the)|I can live with that|thank you,? that(?:'s| is| would)|that's (?:fair|fine|more like it))"
            + "|^\\W*(?:ok|okay|fine|alright|right),? [^.!?]{0,30}\\bworks\\b|\\bthat(?:'ll| will) do\\b|\\bfair enough\\b"
            + "|(?:^|[.!?]\\s+)(?:fine|ok|okay|alright)(?:\\s+then)?[.!]");
    // Talk about a fix: an offer on the table, a demand, a choice.
    private static final Pattern FIX_TALK = Pattern.compile("(?i)\\b(?:refund|replace|replacement|resend|re-send"
            + "|redeliver|reorder|rebook|exchange|repair|credit|voucher|offer|option|instead|compensat|money back"
            + "|what (?:are you going to|will you|can you) do|what now|what happens now|how are you going to"
            + "|best (?:[\\w']+ ){1,5}can do|is that (?:it|all)|not (?:good )?enough)\\b");
    private static final Map<Moment, List<String>> FIRST = Map.of(
            VENTING, List.of("empathy", "restate", "apology", "listen", "calm", "clarify"),
            FIXING, List.of("solution", "ownership", "clarify", "firm", "collaborate"),
            AGREED, List.of("followup", "ownership", "solution"),
            ANY, List.of());

    static Moment of(String context, Exchange exchange) {
        if (exchange != null && exchange.mode() == Mode.INTERVIEW) {
            return ANY;
        }
        String said = context == null ? "" : context;
        if (AGREES.matcher(said).find()) {
            return AGREED;
        }
        boolean fixShown = exchange != null && exchange.shownBefore("solution");
        return FIX_TALK.matcher(said).find() || fixShown ? FIXING : VENTING;
    }

    /** Lower comes first among missing skills. */
    int rank(String criterionId) {
        int i = FIRST.get(this).indexOf(criterionId);
        return i < 0 ? FIRST.get(this).size() : i;
    }

    /** Why this skill fits the moment, to follow its name in "Practise next" ("" when it is just the heaviest). */
    String because(Criterion c) {
        if (rank(c.id()) != 0) {
            return "";
        }
        return switch (this) {
            case VENTING -> " (they are still venting: being heard comes before any fix)";
            case FIXING -> " (they want to know what happens now)";
            case AGREED -> " (the fix is agreed: say when you will check it worked)";
            case ANY -> "";
        };
    }
}

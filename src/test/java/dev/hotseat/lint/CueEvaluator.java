package dev.hotseat.lint;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A hand-written stand-in for the offline evaluator: one regular expression per criterion. */
final class CueEvaluator implements Evaluator {
    private static final Set<String> NEGATIVE = Set.of("deflect", "blame", "rant");
    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue("empathy", "understand|frustrat|i'd feel|must be|hear how");
        cue("apology", "sorry|apologi");
        cue("restate", "make sure i've understood|if i've got this right|so you|so they know i heard");
        cue("clarify", "(could you|can i ask|tell me more)[^.]*\\?");
        cue("ownership", "personally|myself|i'll make sure");
        cue("solution", "i can [a-z]|i'll arrange|here's what i'll do|offer the best");
        cue("followup", "call you tomorrow|follow up|check it's sorted");
        cue("firm", "can't|cannot|the most i can");
        cue("collaborate", "what would you consider fair");
        cue("deflect", "policy|website|contact the");
        cue("blame", "calm down|not my fault|not my problem");
        cue("calm", "stay calm");
        cue("listen", "listen|let them explain|heard them");
        cue("star", "in the end|stayed with us");
        cue("escalate", "supervisor");
        cue("rant", "rude|unreasonable");
    }

    private static void cue(String id, String regex) {
        CUES.put(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    @Override
    public Grade grade(Exchange exchange) {
        List<CriterionResult> results = new ArrayList<>();
        int score = 0;
        for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
            Matcher m = cue.getValue().matcher(exchange.reply());
            if (m.find()) {
                boolean negative = NEGATIVE.contains(cue.getKey());
                results.add(CriterionResult.of(cue.getKey(), negative ? Polarity.NEGATIVE : Polarity.POSITIVE,
                        true, 0.9, m.group(), ""));
                score += negative ? -30 : 20;
            }
        }
        return new Grade(score, results, "", false, "", "test-cues");
    }
}

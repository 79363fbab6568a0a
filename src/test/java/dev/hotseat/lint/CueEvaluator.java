package dev.hotseat.lint;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.core.Reading;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hand-written stand-in for the offline evaluator's reader: each sentence is one part, its acts found by one
 * regular expression per act, and a part matches the scenario when it contains one of the scenario's own phrasings
 * (the lint's scripted reps use them word for word).
 */
final class CueEvaluator implements Evaluator {
    private static final Set<String> NEGATIVE = Set.of("deflect", "blame", "rant");
    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue("empathy", "understand|frustrat|i'd feel|must be|hear how");
        cue("apology", "sorry|apologi");
        cue("restate", "make sure i've understood|if i've got this right|so you|so they know i heard");
        cue("clarify", "(could you|can i ask|tell me more)");
        cue("ownership", "personally|myself|i'll make sure");
        cue("solution", "i can [a-z]|i'll [a-z]|i'm [a-z]+ing|we'll [a-z]|you can [a-z]|here's what i'll do|offer the best");
        cue("followup", "call you tomorrow|follow up|check it's sorted");
        cue("firm", "can't|cannot|the most i can");
        cue("collaborate", "what would you consider fair");
        cue("deflect", "policy|website|contact the");
        cue("blame", "calm down|not my fault|not my problem|that's on you|if you'd checked|should have read");
        cue("calm", "stay calm");
        cue("listen", "listen|let them explain|heard them");
        cue("star", "in the end|stayed with us|once in my last job");
        cue("escalate", "supervisor");
        cue("rant", "rude|unreasonable");
    }

    private static void cue(String id, String regex) {
        CUES.put(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    @Override
    public Grade grade(Exchange exchange) {
        Reading reading = read(exchange.scenario(), exchange.reply(), exchange.mode().wire());
        Set<String> shown = new LinkedHashSet<>();
        reading.parts().forEach(p -> p.acts().keySet().forEach(shown::add));
        List<CriterionResult> results = new ArrayList<>();
        int score = 0;
        for (String act : shown) {
            boolean negative = NEGATIVE.contains(act);
            results.add(CriterionResult.of(act, negative ? Polarity.NEGATIVE : Polarity.POSITIVE, true, 0.9, "", ""));
            score += negative ? -30 : 20;
        }
        return new Grade(score, results, "", false, "", "test-cues", reading);
    }

    private static Reading read(Scenario s, String reply, String mode) {
        List<Reading.Part> parts = new ArrayList<>();
        int start = 0;
        for (String sentence : reply.split("(?<=[.!?:])\\s+")) {
            int at = reply.indexOf(sentence, start);
            Map<String, Double> acts = new LinkedHashMap<>();
            CUES.forEach((act, cue) -> {
                if (cue.matcher(sentence).find()) {
                    acts.put(act, 0.9);
                }
            });
            parts.add(new Reading.Part(at, at + sentence.length(), sentence, sentence.strip().endsWith("?"), acts));
            start = at + sentence.length();
        }
        return new Reading(mode, parts, s == null ? List.of() : matches(s, reply, parts), true, "", "cues");
    }

    /** A scenario phrasing found in the reply matches the part it starts in. */
    private static List<Reading.Match> matches(Scenario s, String reply, List<Reading.Part> parts) {
        List<Reading.Match> out = new ArrayList<>();
        String lower = reply.toLowerCase(Locale.ROOT);
        if (s.wants() != null) {
            s.wants().acceptedIf().forEach(w -> at(lower, w, parts).ifPresent(p -> out.add(
                    new Reading.Match("offer", "want", 0.9, p))));
        }
        for (int n = 0; n < s.policy().size(); n++) {
            String id = Integer.toString(n + 1);
            at(lower, s.policy().get(n), parts).ifPresent(p -> out.add(new Reading.Match("policy", id, 0.9, p)));
        }
        for (Scenario.HiddenFact f : s.hiddenFacts()) {
            f.askedBy().forEach(q -> at(lower, q, parts).filter(p -> parts.get(p).question())
                    .ifPresent(p -> out.add(new Reading.Match("asks", f.id(), 0.9, p))));
        }
        return out;
    }

    private static java.util.Optional<Integer> at(String lower, String phrasing, List<Reading.Part> parts) {
        String p = phrasing.toLowerCase(Locale.ROOT).strip();
        while (!p.isEmpty() && ".?!".indexOf(p.charAt(p.length() - 1)) >= 0) {
            p = p.substring(0, p.length() - 1);
        }
        int i = p.isEmpty() ? -1 : lower.indexOf(p);
        for (int n = 0; i >= 0 && n < parts.size(); n++) {
            if (parts.get(n).end() > i) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }

}

package dev.hotseat.support;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import java.util.List;
import java.util.Locale;

/** Grades by keywords: "sorry" is an apology, "understand" empathy, "calm down" blame. */
public final class KeywordEvaluator implements Evaluator {
    private final String source;

    public KeywordEvaluator() {
        this("offline");
    }

    public KeywordEvaluator(String source) {
        this.source = source;
    }

    @Override
    public Grade grade(Exchange exchange) {
        String reply = exchange.reply();
        List<CriterionResult> criteria = List.of(
                find(reply, "apology", Polarity.POSITIVE, "sorry"),
                find(reply, "empathy", Polarity.POSITIVE, "understand"),
                find(reply, "followup", Polarity.POSITIVE, "check back"),
                find(reply, "blame", Polarity.NEGATIVE, "calm down"));
        int score = 40;
        for (CriterionResult c : criteria) {
            if (c.detected()) {
                score += c.polarity() == Polarity.POSITIVE ? 20 : -40;
            }
        }
        return new Grade(score, criteria, "graded by " + source, false, "", source);
    }

    private static CriterionResult find(String reply, String id, Polarity polarity, String word) {
        int at = reply.toLowerCase(Locale.ROOT).indexOf(word);
        String evidence = at < 0 ? "" : reply.substring(at, at + word.length());
        return CriterionResult.of(id, polarity, at >= 0, at >= 0 ? 0.9 : 0.1, evidence, "Try: '" + word + "'");
    }
}

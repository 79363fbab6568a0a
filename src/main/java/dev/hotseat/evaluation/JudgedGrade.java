package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the judge's answer with the offline grade, criterion by criterion. The judge is trusted only with
 * evidence that is a verbatim part of the reply; otherwise the offline verdict stands. Where the two disagree
 * the judge's verdict is shown, marked unsure, with both reasons in the note.
 */
final class JudgedGrade {

    static final double AGREED = 0.9;
    static final double DISPUTED = 0.5;

    private JudgedGrade() {
    }

    static Grade of(Rubric rubric, Exchange exchange, Grade offline, JudgeAnswer judge) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            CriterionResult own = offline.criterion(criterion.id())
                    .orElse(CriterionResult.of(criterion.id(), criterion.polarity(), false, 0, "", criterion.tip()))
                    .named(criterion.name());
            results.add(judge.verdict(criterion.id())
                    .filter(v -> !v.detected() || quotes(exchange.reply(), v.evidence()))
                    .map(v -> combine(own, v))
                    .orElse(own));
        }
        boolean offTask = offline.offTask() || judge.addressedToGrader();
        String summary = offTask
                ? "This reply spoke to the grader instead of the other person, so it earns no marks. Answer them directly."
                : judge.summary().isEmpty() ? offline.summary() : judge.summary();
        String rewrite = judge.rewrite().isEmpty() ? offline.rewrite() : judge.rewrite();
        return new Grade(offTask ? 0 : score(rubric, results, Moment.of(exchange)), results, summary, offTask, rewrite,
                "llm", offline.reading());
    }

    /** A verbatim, non-blank part of the reply: the only evidence a grade may show. */
    static boolean quotes(String reply, String evidence) {
        return evidence != null && !evidence.isBlank() && reply != null && reply.contains(evidence);
    }

    private static CriterionResult combine(CriterionResult own, JudgeAnswer.Verdict judge) {
        String evidence = judge.detected() ? judge.evidence() : "";
        String tip = judge.tip().isEmpty() ? own.tip() : judge.tip();
        if (judge.detected() == own.detected()) {
            return new CriterionResult(own.id(), own.polarity(), own.detected(), Math.max(AGREED, own.confidence()),
                    evidence, tip, false, "", own.name());
        }
        String note = "Language-model judge: " + (judge.detected() ? "shown" : "not shown")
                + (judge.reason().isEmpty() ? "" : " (" + judge.reason() + ")")
                + ". Offline grader: " + (own.detected() ? "shown, in \"" + own.evidence() + "\"" : "not shown (no cue or close example found)")
                + ".";
        return new CriterionResult(own.id(), own.polarity(), judge.detected(), DISPUTED, evidence, tip, true, note,
                own.name());
    }

    /** As the offline grader scores (the rubric's roles and shares), from the criteria the judge settled. */
    static int score(Rubric rubric, List<CriterionResult> results, Moment moment) {
        List<Verdict> verdicts = rubric.criteria().stream().map(c -> new Verdict(c,
                results.stream().anyMatch(r -> r.id().equals(c.id()) && r.detected()), 1, null, "")).toList();
        return Scorer.score(verdicts, rubric.scoring(), moment).score();
    }
}

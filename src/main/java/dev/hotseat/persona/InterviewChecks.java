package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.List;

/** Checks only interview scenarios need: style, questions, follow-up keys (kinds or rubric criteria), counts. */
final class InterviewChecks {
    private final ScenarioContentChecks c;
    private final ScenarioHeader h;
    private final FileProblems p;

    InterviewChecks(ScenarioContentChecks checks) {
        this.c = checks;
        this.h = checks.h;
        this.p = checks.p;
    }

    void run() {
        c.checkGroups("/lines", h.lines(), LineKeys.INTERVIEW, List.of("opening"), "at least one greeting");
        if (h.style() != null && !LineKeys.STYLES.contains(h.style())) {
            p.at("/style", "style '" + h.style() + "' is not one of " + String.join(", ", LineKeys.STYLES));
        }
        ScenarioHeader.InterviewHeader q = h.questions();
        if (q == null) {
            p.missing("", "questions", "'main', 'followUps' and 'closing'");
            return;
        }
        if (FileProblems.blank(q.main())) {
            p.missing("/questions", "questions.main", "the opening question");
        }
        c.checkTexts("/questions/main", List.of(q.main() == null ? "" : q.main()));
        c.checkGroups("/questions/followUps", q.followUps(), followUpKeys(q), List.of(), "");
        c.checkGroups("/questions/closing", q.closing(), LineKeys.CLOSING, LineKeys.CLOSING, "a closing line");
        checkCounts(q);
    }

    private List<String> followUpKeys(ScenarioHeader.InterviewHeader q) {
        List<String> keys = new ArrayList<>(LineKeys.FOLLOW_UP_KINDS);
        if (c.rubric != null) {
            c.rubric.criteria().stream().map(Criterion::id).forEach(keys::add);
        }
        if (q.followUps() == null || q.followUps().isEmpty()) {
            p.missing("/questions", "questions.followUps", "follow-up questions by what an answer lacked");
        }
        return keys;
    }

    private void checkCounts(ScenarioHeader.InterviewHeader q) {
        int min = q.minQuestions() == null ? ScenarioMoods.DEFAULT_MIN_QUESTIONS : q.minQuestions();
        int max = q.maxQuestions() == null ? ScenarioMoods.DEFAULT_MAX_QUESTIONS : q.maxQuestions();
        if (min < 1 || max > 10 || min > max) {
            p.at(q.minQuestions() == null ? "/questions/maxQuestions" : "/questions/minQuestions",
                    "questions need 1 ≤ minQuestions ≤ maxQuestions ≤ 10 (now " + min + " and " + max + ")");
        }
        if (h.hiddenFacts() != null && !h.hiddenFacts().isEmpty()) {
            p.at("/hiddenFacts", "'hiddenFacts' is for customer scenarios only: remove it");
        }
    }
}

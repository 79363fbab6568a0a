package dev.hotseat.partner;

import dev.hotseat.conversation.Turn;
import dev.hotseat.evaluation.Grade;
import dev.hotseat.evaluation.Polarity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an interviewer has asked so far and how the answers went, from the stored history alone. */
final class InterviewState {
    /** Distinct skills shown across the interview for a strong verdict. */
    static final int STRONG = 6;
    /** Distinct skills shown for a mixed one. */
    static final int MIXED = 3;

    private InterviewState() {
    }

    /** Follow-up kinds already asked ("main" included). */
    static Set<String> asked(List<Turn> history) {
        Set<String> asked = new LinkedHashSet<>();
        for (Turn t : history) {
            if (!t.byLearner() && t.move() != null && t.move().startsWith("question:")) {
                asked.add(t.move().substring("question:".length()));
            }
        }
        return asked;
    }

    static int questionsAsked(List<Turn> history) {
        return (int) history.stream()
                .filter(t -> !t.byLearner() && t.move() != null && t.move().startsWith("question:")).count();
    }

    static String lastQuestion(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (!t.byLearner() && t.move() != null && t.move().startsWith("question:")) {
                String text = t.text();
                int cut = text.lastIndexOf(". ", text.length() - 2);
                return cut < 0 ? text : text.substring(cut + 2);
            }
        }
        return "";
    }

    /**
     * strong, mixed or weak from the distinct skills shown across every answer so far (the newest from its
     * findings). Coverage rather than a mean score, because a good answer to a narrow follow-up shows one
     * skill and would drag a mean down.
     */
    static String verdict(List<Turn> history, Grade newest) {
        Set<String> shown = new LinkedHashSet<>();
        boolean rant = false;
        for (int i = 0; i < history.size(); i++) {
            Turn t = history.get(i);
            Grade g = i == history.size() - 1 && newest != null ? newest : t.grade();
            if (!t.byLearner() || g == null || g.offTask()) {
                continue;
            }
            g.criteria().stream().filter(c -> c.detected() && c.polarity() == Polarity.POSITIVE)
                    .forEach(c -> shown.add(c.id()));
            rant |= g.detected("rant");
        }
        String verdict = shown.size() >= STRONG ? "strong" : shown.size() >= MIXED ? "mixed" : "weak";
        return rant && verdict.equals("strong") ? "mixed" : verdict;
    }
}

package dev.hotseat.partner;

import dev.hotseat.conversation.Turn;
import dev.hotseat.evaluation.Grade;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an interviewer has asked so far and how the answers went, from the stored history alone. */
final class InterviewState {
    static final int STRONG = 65;
    static final int MIXED = 40;

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

    static boolean said(List<Turn> history, String text) {
        String needle = text.strip();
        return !needle.isEmpty() && history.stream().anyMatch(t -> !t.byLearner() && t.text().contains(needle));
    }

    /** strong, mixed or weak, from the mean score of every graded answer (the newest from its findings). */
    static String verdict(List<Turn> history, Grade newest) {
        int sum = 0;
        int count = 0;
        boolean rant = false;
        for (int i = 0; i < history.size(); i++) {
            Turn t = history.get(i);
            Grade g = i == history.size() - 1 && newest != null ? newest : t.grade();
            if (t.byLearner() && g != null) {
                sum += g.offTask() ? 0 : g.score();
                count++;
                rant |= g.detected("rant");
            }
        }
        int mean = count == 0 ? 0 : sum / count;
        String verdict = mean >= STRONG ? "strong" : mean >= MIXED ? "mixed" : "weak";
        return rant && verdict.equals("strong") ? "mixed" : verdict;
    }
}

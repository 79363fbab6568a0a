package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
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

    /**
     * The learner's answers before the newest one, each as a Reply, so a follow-up is never asked about
     * something an earlier answer already covered (no "give me an example" right after one).
     */
    static List<Reply> earlierAnswers(List<Turn> history) {
        int last = history.isEmpty() || !history.getLast().byLearner() ? history.size() : history.size() - 1;
        return history.subList(0, last).stream().filter(Turn::byLearner)
                .map(t -> Reply.of(t.grade(), t.text())).toList();
    }

    /** The answer showed at least one skill (a positive criterion), so an acknowledgement is earned. */
    static boolean showedSkill(Reply reply) {
        return reply.grade() != null && !reply.grade().offTask() && reply.grade().criteria().stream()
                .anyMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE);
    }

    /** True when the last partner line was a nudge to say more (the interviewer nudges once per question). */
    static boolean justNudged(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (!t.byLearner()) {
                return "nudge".equals(t.move());
            }
        }
        return false;
    }

    /** Earlier answers that complained about customers. */
    static long rants(List<Turn> history) {
        return earlierAnswers(history).stream().filter(r -> r.has("rant")).count();
    }

    static int questionsAsked(List<Turn> history) {
        return (int) history.stream()
                .filter(t -> !t.byLearner() && t.move() != null && t.move().startsWith("question:")).count();
    }

    /** The text of the last question line; with {@code lastSentence} only its final sentence. */
    static String lastQuestion(List<Turn> history, boolean lastSentence) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (!t.byLearner() && t.move() != null && t.move().startsWith("question:")) {
                String text = t.text();
                int cut = text.lastIndexOf(". ", text.length() - 2);
                return cut < 0 || !lastSentence ? text : text.substring(cut + 2);
            }
        }
        return "";
    }

    /**
     * strong, mixed or weak from the distinct skills shown across every answer so far (the newest from its
     * findings). Coverage rather than a mean score, because a good answer to a narrow follow-up shows one
     * skill and would drag a mean down.
     */
    /** How many partner lines made this move. */
    static int count(List<Turn> history, String move) {
        return (int) history.stream().filter(t -> !t.byLearner() && move.equals(t.move())).count();
    }

    /** True when the last partner line made this move. */
    static boolean justMoved(List<Turn> history, String move) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).byLearner()) {
                return move.equals(history.get(i).move());
            }
        }
        return false;
    }

    /** True when an earlier partner line made this move. */
    static boolean moved(List<Turn> history, String move) {
        return history.stream().anyMatch(t -> !t.byLearner() && move.equals(t.move()));
    }

    /** Below this average score the closing cannot be strong, and below {@link #WEAK_AVERAGE} it is weak. */
    static final int STRONG_AVERAGE = 45;
    static final int WEAK_AVERAGE = 20;

    static String verdict(List<Turn> history, Grade newest) {
        Set<String> shown = new LinkedHashSet<>();
        boolean rant = false;
        int total = 0;
        int graded = 0;
        for (int i = 0; i < history.size(); i++) {
            Turn t = history.get(i);
            Grade g = i == history.size() - 1 && newest != null ? newest : t.grade();
            if (!t.byLearner() || g == null || g.offTask()) {
                continue;
            }
            g.criteria().stream().filter(c -> c.detected() && c.polarity() == Polarity.POSITIVE)
                    .forEach(c -> shown.add(c.id()));
            rant |= g.detected("rant");
            total += g.score();
            graded++;
        }
        // Coverage decides, but the closing must also match the grades: no praise after an average of 32.
        int average = graded == 0 ? 0 : total / graded;
        String verdict = shown.size() >= STRONG ? "strong" : shown.size() >= MIXED ? "mixed" : "weak";
        verdict = verdict.equals("strong") && (rant || average < STRONG_AVERAGE) ? "mixed" : verdict;
        return average < WEAK_AVERAGE ? "weak" : verdict;
    }
}

package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an interviewer has asked so far and what the answers were, from the stored history alone. */
record InterviewState(List<Turn> history) {

    /** Follow-up kinds already asked ("main" included). */
    Set<String> asked() {
        Set<String> asked = new LinkedHashSet<>();
        for (Turn t : history) {
            if (!t.byLearner() && t.move() != null && t.move().startsWith("question:")) {
                asked.add(t.move().substring("question:".length()));
            }
        }
        return asked;
    }

    /** The answers before the newest one, read, so nothing an earlier answer covered is asked for again. */
    List<Reply> earlierAnswers() {
        int last = history.isEmpty() || !history.getLast().byLearner() ? history.size() : history.size() - 1;
        return history.subList(0, last).stream().filter(Turn::byLearner).map(t -> Reply.of(t.grade(), t.text()))
                .toList();
    }

    /** The answers, the newest read from its findings. */
    List<Reply> answers(Reply newest) {
        List<Reply> all = new java.util.ArrayList<>(earlierAnswers());
        all.add(newest);
        return all;
    }

    /** The move of the interviewer's line each answer in the history replied to, in order. */
    List<String> askedBy() {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).byLearner()) {
                Turn before = i > 0 ? history.get(i - 1) : null;
                out.add(before == null || before.byLearner() || before.move() == null ? "" : before.move());
            }
        }
        return out;
    }

    int questionsAsked() {
        return (int) history.stream()
                .filter(t -> !t.byLearner() && t.move() != null && t.move().startsWith("question:")).count();
    }

    int partnerTurns() {
        return (int) history.stream().filter(t -> !t.byLearner()).count();
    }

    /** How many partner lines made this move. */
    int count(String move) {
        return (int) history.stream().filter(t -> !t.byLearner() && move.equals(t.move())).count();
    }

    /** True when an earlier partner line made this move. */
    boolean moved(String move) {
        return count(move) > 0;
    }

    /**
     * True when, since the last question was put, the interviewer already nudged, probed, answered a question back
     * or challenged: each question gets one such aside, then the interview moves on.
     */
    boolean asideGiven() {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (t.byLearner() || t.move() == null) {
                continue;
            }
            if (t.move().startsWith("question:")) {
                return false;
            }
            if (t.move().equals("nudge") || t.move().equals("assume") || t.move().startsWith("challenge:")) {
                return true;
            }
        }
        return false;
    }

    /** The text of the last question line. */
    String lastQuestionLine() {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (!t.byLearner() && t.move() != null && t.move().startsWith("question:")) {
                return t.text();
            }
        }
        return "";
    }
}

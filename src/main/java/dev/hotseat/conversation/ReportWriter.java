package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Sums up a finished conversation's grades into a {@link SessionReport}, naming criteria as the rubric does. */
public final class ReportWriter {
    private static final int LIMIT = 3;

    /** Writes the report; {@code rubric} may be null, then criteria go by their ids. */
    public SessionReport write(List<Turn> turns, Outcome outcome, Rubric rubric) {
        List<Grade> grades = turns.stream().filter(Turn::byLearner).map(Turn::grade).filter(Objects::nonNull).toList();
        int replies = (int) turns.stream().filter(Turn::byLearner).count();
        int average = (int) Math.round(grades.stream().mapToInt(Grade::score).average().orElse(0));
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, CriterionResult> last = new LinkedHashMap<>();
        for (Grade grade : grades) {
            for (CriterionResult c : grade.criteria()) {
                last.put(c.id(), c);
                shown.merge(c.id(), c.detected() ? 1 : 0, Integer::sum);
            }
        }
        List<SessionReport.Strength> strengths = last.values().stream()
                .filter(c -> c.polarity() == Polarity.POSITIVE && shown.get(c.id()) > 0)
                .sorted(Comparator.comparingInt((CriterionResult c) -> -shown.get(c.id())))
                .limit(LIMIT)
                .map(c -> new SessionReport.Strength(c.id(), name(rubric, c.id()), shown.get(c.id())))
                .toList();
        List<SessionReport.Practice> next = practiseNext(last, shown, rubric);
        SessionScore session = SessionScore.of(grades, outcome, rubric);
        return new SessionReport(outcome, replies, average, strengths, next,
                summary(outcome, replies, average, strengths, next), session.score(), session.why(),
                outcome == Outcome.COMPLETED ? verdict(turns) : null);
    }

    /** A completed interview's verdict, from the interviewer's closing move ("close:strong"). */
    private static String verdict(List<Turn> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            String move = turns.get(i).move();
            if (!turns.get(i).byLearner() && move != null && move.startsWith("close:")) {
                return move.substring("close:".length());
            }
        }
        return null;
    }

    private List<SessionReport.Practice> practiseNext(Map<String, CriterionResult> last, Map<String, Integer> shown,
                                                      Rubric rubric) {
        List<SessionReport.Practice> next = new ArrayList<>();
        // Habits to drop come first: one "calm down" undoes a lot of empathy.
        last.values().stream()
                .filter(c -> c.polarity() == Polarity.NEGATIVE && shown.get(c.id()) > 0)
                .forEach(c -> next.add(practice(c, rubric)));
        last.values().stream()
                .filter(c -> c.polarity() == Polarity.POSITIVE && shown.get(c.id()) == 0)
                .sorted(Comparator.comparingInt((CriterionResult c) -> -weight(rubric, c.id())))
                .forEach(c -> next.add(practice(c, rubric)));
        return next.stream().limit(LIMIT).toList();
    }

    private SessionReport.Practice practice(CriterionResult c, Rubric rubric) {
        String tip = c.tip() == null || c.tip().isBlank()
                ? criterion(rubric, c.id()).map(Criterion::tip).orElse("")
                : c.tip();
        return new SessionReport.Practice(c.id(), name(rubric, c.id()), tip);
    }

    private static String summary(Outcome outcome, int replies, int average, List<SessionReport.Strength> strengths,
                                  List<SessionReport.Practice> next) {
        String how = switch (outcome) {
            case RESOLVED -> "Resolved";
            case WALKED_OUT -> "The persona walked out";
            case MANAGER -> "The customer asked for a manager";
            case ENDED -> "Ended";
            case COMPLETED -> "Interview complete";
        };
        String line = how + " after " + replies + (replies == 1 ? " reply" : " replies") + ", average score " + average;
        if (!strengths.isEmpty()) {
            line += "; strongest at " + strengths.get(0).name();
        }
        if (!next.isEmpty()) {
            line += "; next, work on " + next.get(0).name();
        }
        return line + ".";
    }

    private static Optional<Criterion> criterion(Rubric rubric, String id) {
        return rubric == null ? Optional.empty() : rubric.criterion(id);
    }

    private static String name(Rubric rubric, String id) {
        return criterion(rubric, id).map(Criterion::name).filter(n -> n != null && !n.isBlank()).orElse(id);
    }

    private static int weight(Rubric rubric, String id) {
        return criterion(rubric, id).map(Criterion::weight).orElse(1);
    }
}

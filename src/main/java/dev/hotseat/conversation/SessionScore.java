package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;

import dev.hotseat.persona.Criterion;
import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A score for the conversation as a whole, beside the mean of its turns: a rep who listened first, fixed it and
 * checked back did well even if no single reply held every skill. Parts: how it ended (resolved, or an interview run
 * to its close, 30; ended by the learner 15; walked out 0); the rubric's skill weight shown at least once (70 once
 * 60 % of it has shown, pro rata below), where the skills of being heard (the rubric's role "heard": empathy,
 * restating, an apology; calm and listening in an interview) count in full only
 * when shown in the first two replies, when they matter; minus 10 for each reply that showed a habit (up to 40).
 * Replies that earned nothing for other reasons (another language, talk to the grader) count as replies only.
 *
 * @param why the score in one sentence, naming each part
 */
public record SessionScore(int score, String why) {

    private static final int EARLY = 2;

    /** The skills of being heard (the rubric's role "heard") count in full only early in the conversation. */
    private static boolean heard(Rubric rubric, String id) {
        return rubric != null && rubric.criterion(id).map(c -> c.role() == Role.HEARD).orElse(false);
    }

    static SessionScore of(List<Grade> grades, Outcome outcome, Rubric rubric) {
        int ending = switch (outcome) {
            case RESOLVED, COMPLETED -> 30;
            case ENDED -> 15;
            case WALKED_OUT, MANAGER -> 0;
        };
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Double> credit = new LinkedHashMap<>();
        Set<String> late = new LinkedHashSet<>();
        int habitReplies = 0;
        int graded = 0;
        for (Grade grade : grades) {
            if (grade.criteria().isEmpty() || grade.offTask()) {
                continue;
            }
            boolean habit = false;
            for (CriterionResult c : grade.criteria()) {
                if (c.polarity() == Polarity.NEGATIVE) {
                    habit |= c.detected();
                    continue;
                }
                weights.putIfAbsent(c.id(), weight(rubric, c.id()));
                if (c.detected()) {
                    boolean early = graded < EARLY || !heard(rubric, c.id());
                    credit.merge(c.id(), early ? 1.0 : 0.5, Math::max);
                    if (!early && credit.get(c.id()) < 1) {
                        late.add(name(rubric, c.id()));
                    }
                }
            }
            habitReplies += habit ? 1 : 0;
            graded++;
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        double shown = 0;
        for (var e : credit.entrySet()) {
            shown += e.getValue() * weights.get(e.getKey());
        }
        int skills = total == 0 ? 0 : (int) Math.round(70 * Math.min(1, shown / (total * 0.6)));
        int habits = Math.min(40, 10 * habitReplies);
        int score = Math.max(0, Math.min(100, ending + skills - habits));
        String how = switch (outcome) {
            case RESOLVED -> "it ended resolved (+" + ending + ")";
            case ENDED -> "you ended it before it was resolved (+" + ending + ")";
            case COMPLETED -> "the interview ran to its close (+" + ending + ")";
            case WALKED_OUT -> "they walked out (+0)";
            case MANAGER -> "they asked for a manager (+0)";
        };
        String skillPart = credit.isEmpty() ? "no skill showed across the conversation (+0)"
                : "you showed " + credit.size() + " of " + weights.size() + " skills across the conversation (+" + skills
                + (late.isEmpty() ? ")" : ", " + String.join(" and ", late).toLowerCase() + " came late, after the moment they mattered most)");
        String habitPart = habitReplies == 0 ? "" : ", and " + habitReplies + (habitReplies == 1 ? " reply" : " replies")
                + " showed a habit to drop (-" + habits + ")";
        String why = "Session score " + score + ": " + how + ", " + skillPart + habitPart + ".";
        return new SessionScore(score, why);
    }

    private static int weight(Rubric rubric, String id) {
        return rubric == null ? 1 : rubric.criterion(id).map(Criterion::weight).orElse(1);
    }

    private static String name(Rubric rubric, String id) {
        return rubric == null ? id : rubric.criterion(id).map(Criterion::name).filter(n -> !n.isBlank()).orElse(id);
    }
}

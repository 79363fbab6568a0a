package dev.hotseat.persona;

import java.util.List;
import java.util.Optional;

/**
 * The criteria a reply is graded against, read from a file in prompts/rubrics/.
 *
 * @param scoring how shown criteria become a score
 * @param advice  how to bring an older file up to date (keys still read but no longer used), with their lines;
 *                never a reason to leave the file out
 */
public record Rubric(String id, Mode mode, String title, List<Criterion> criteria, String file, Scoring scoring,
                     List<PromptProblem> advice) {

    public Rubric {
        criteria = List.copyOf(criteria);
        scoring = scoring == null ? Scoring.DEFAULT : scoring;
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    /** A rubric scored the default way, with nothing to modernise. */
    public Rubric(String id, Mode mode, String title, List<Criterion> criteria, String file) {
        this(id, mode, title, criteria, file, Scoring.DEFAULT, List.of());
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}

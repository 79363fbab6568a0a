package dev.hotseat.persona;

import java.util.List;
import java.util.Optional;

/** The criteria a reply is graded against, read from a file in prompts/rubrics/. */
public record Rubric(String id, Mode mode, String title, List<Criterion> criteria, String file) {

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}

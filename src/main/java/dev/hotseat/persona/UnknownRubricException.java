package dev.hotseat.persona;

import java.util.Collection;

/** A rubric id (or mode) that names no loaded rubric. */
public class UnknownRubricException extends RuntimeException {
    public UnknownRubricException(String id, Collection<String> known) {
        super("Rubric '" + id + "' not found in prompts/rubrics/ (known: " + String.join(", ", known) + ")");
    }
}

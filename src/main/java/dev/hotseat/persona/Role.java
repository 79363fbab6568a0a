package dev.hotseat.persona;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a criterion does for the person in front of the learner, which decides how it scores and when it is the
 * tip: being {@code heard} (feelings, an apology, the problem said back, listening), an {@code action} that moves
 * the problem on (a fix, a question, holding a limit, owning it), the {@code followup}, a {@code story} (interviews:
 * a real example), or a {@code habit} to avoid. Declared in the rubric file, so a coach's new criterion needs no Java.
 */
public enum Role {
    HEARD, ACTION, FOLLOWUP, STORY, HABIT;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Role of(String text) {
        for (Role r : values()) {
            if (r.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + text + "' (known: heard, action, followup, story, habit)");
    }
}

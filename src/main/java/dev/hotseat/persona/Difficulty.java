package dev.hotseat.persona;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How hard a scenario is; it sets the starting mood, patience and how hard the persona pushes. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Difficulty of(String text) {
        for (Difficulty d : values()) {
            if (d.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown difficulty '" + text + "' (known: easy, medium, hard)");
    }
}

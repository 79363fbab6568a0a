package dev.hotseat.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a criterion is a skill to show (positive) or a habit to avoid (negative). */
public enum Polarity {
    POSITIVE, NEGATIVE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Polarity of(String text) {
        for (Polarity p : values()) {
            if (p.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown polarity '" + text + "' (known: positive, negative)");
    }
}

package dev.hotseat.persona;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which side of the conversation the learner practises: serving a customer or answering an interviewer. */
public enum Mode {
    CUSTOMER("customer"),
    INTERVIEW("interview");

    private final String wire;

    Mode(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Mode of(String text) {
        for (Mode mode : values()) {
            if (mode.wire.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode '" + text + "' (known: customer, interview)");
    }
}

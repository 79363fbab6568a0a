package dev.hotseat.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a session ended. */
public enum Outcome {
    RESOLVED("resolved"),
    WALKED_OUT("walked-out"),
    ENDED("ended"),
    /** The customer gave up on the rep and asked to be put through to a manager. */
    MANAGER("asked-for-manager"),
    /** An interview that ran to the interviewer's close; the verdict (strong, mixed, weak) is in the close's move. */
    COMPLETED("completed");

    private final String wire;

    Outcome(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Outcome of(String wire) {
        for (Outcome o : values()) {
            if (o.wire.equals(wire)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown outcome '" + wire + "'");
    }
}

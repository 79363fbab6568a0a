package dev.hotseat.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who said a turn: the learner practising, or the persona they practise with. */
public enum Speaker {
    LEARNER, PARTNER;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }
}

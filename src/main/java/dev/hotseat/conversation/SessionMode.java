package dev.hotseat.conversation;

import java.util.Locale;

/** How grades reach the learner: after every reply (practice) or all together when the session ends (exam). */
public enum SessionMode {
    PRACTICE, EXAM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named on the wire; null or blank means practice. */
    public static SessionMode of(String text) {
        if (text == null || text.isBlank()) {
            return PRACTICE;
        }
        for (SessionMode mode : values()) {
            if (mode.wire().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode '" + text + "' (known: practice, exam)");
    }
}

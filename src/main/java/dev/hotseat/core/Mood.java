package dev.hotseat.core;

/** How upset the persona is: 0 calm to 100 about to walk out, with a word for it. */
public record Mood(int level, String label) {
    public Mood {
        level = Math.max(0, Math.min(100, level));
    }

    /** The label a level gets when a scenario gives none of its own. */
    public static Mood of(int level) {
        int clamped = Math.max(0, Math.min(100, level));
        String label = clamped >= 85 ? "furious"
                : clamped >= 65 ? "angry"
                : clamped >= 45 ? "frustrated"
                : clamped >= 25 ? "wary"
                : "calm";
        return new Mood(clamped, label);
    }
}

package dev.hotseat.persona;

import java.util.Map;

/** What a difficulty means when a scenario's mood block leaves a number out. */
public final class MoodDefaults {

    private MoodDefaults() {
    }

    /** Starting mood, patience, pushback and calm-enough level for a difficulty. */
    public static Scenario.MoodSettings of(Difficulty difficulty) {
        return switch (difficulty) {
            case EASY -> new Scenario.MoodSettings(55, 5, 0, 40, Map.of());
            case MEDIUM -> new Scenario.MoodSettings(68, 4, 1, 35, Map.of());
            case HARD -> new Scenario.MoodSettings(80, 3, 2, 30, Map.of());
        };
    }

    /** The interviewer's default starting mood: neutral, whatever the difficulty. */
    public static Scenario.MoodSettings interviewer(Difficulty difficulty) {
        return new Scenario.MoodSettings(difficulty == Difficulty.HARD ? 35 : 20, 3, 0, 30, Map.of());
    }
}

package dev.hotseat.web;

import dev.hotseat.persona.Scenario;

/** One entry of {@code GET /api/scenarios}. */
public record ScenarioSummary(String id, String mode, String title, String difficulty, String summary) {

    static ScenarioSummary of(Scenario s) {
        return new ScenarioSummary(s.id(), s.mode().wire(), s.title(),
                s.difficulty() == null ? null : s.difficulty().wire(), s.summary());
    }
}

package dev.hotseat.web;

import dev.hotseat.persona.Scenario;
import java.util.List;

/**
 * What the learner is told about a scenario when a session starts.
 *
 * @param persona the persona's name
 * @param role    who the persona is, e.g. "a customer who paid for next-day delivery"
 * @param policy  what the learner, as the rep, may offer
 */
public record ScenarioBrief(String id, String title, String mode, String difficulty, String briefing,
                            String persona, String role, List<String> policy) {

    static ScenarioBrief of(Scenario s) {
        return new ScenarioBrief(s.id(), s.title(), s.mode().wire(),
                s.difficulty() == null ? null : s.difficulty().wire(), s.briefing(),
                s.persona() == null ? null : s.persona().name(),
                s.persona() == null ? null : s.persona().role(),
                s.policy() == null ? List.of() : s.policy());
    }
}

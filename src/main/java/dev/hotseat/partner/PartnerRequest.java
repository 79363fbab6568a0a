package dev.hotseat.partner;

import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.List;

/**
 * Everything a partner engine needs for one line.
 *
 * @param history  every turn so far, oldest first, ending with the learner's newest reply (empty for the opening)
 * @param findings the offline evaluator's findings on that newest reply (null for the opening); the mood
 *                 reacts to these, so a persona never softens without cause
 * @param mood     the persona's mood before this reply
 * @param seed     the session's seed: which variants are said differs between sessions, never within a replay
 */
public record PartnerRequest(Scenario scenario, List<Turn> history, Grade findings, Mood mood, long seed) {

    public PartnerRequest {
        history = List.copyOf(history);
    }

    /** A request with seed 0, as before seeds existed (tests and tools that need no variety). */
    public PartnerRequest(Scenario scenario, List<Turn> history, Grade findings, Mood mood) {
        this(scenario, history, findings, mood, 0L);
    }

    public boolean opening() {
        return history.isEmpty();
    }
}

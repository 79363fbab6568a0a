package dev.hotseat.evaluation;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;

/**
 * What an evaluator grades: the learner's reply to what the persona last said.
 *
 * @param context  the persona's last line (the question or complaint being answered)
 * @param scenario the scenario being practised, or null when grading a free-standing reply (POST /api/evaluate)
 */
public record Exchange(Mode mode, String context, String reply, Scenario scenario) {
}

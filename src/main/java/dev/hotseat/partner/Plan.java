package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Mood;

/**
 * What the persona does next, decided before anyone words it. The scripted partner speaks
 * {@code scriptedLine}; a language-model partner is told {@code intent} and writes its own words, so both
 * engines follow the same mood rules and neither softens without cause.
 *
 * @param move         e.g. "opening", "reveal:deadline", "confirm", "correct", "pushback", "accept", "walk-out"
 * @param scriptedLine the line the scripted partner says, already filled from the scenario's facts
 * @param intent       plain-words instruction for a language model: what to say this turn and why
 * @param outcome      non-null when this line ends the session
 */
public record Plan(String move, Mood mood, String scriptedLine, String intent, Outcome outcome) {
}

package dev.hotseat.partner;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Mood;

/**
 * The persona's next line and what it did to the conversation.
 *
 * @param move    the conversational move, e.g. "opening", "reveal:deadline", "pushback", "accept", "walk-out"
 * @param mood    the persona's mood after this line
 * @param outcome non-null when this line ends the session (resolved, walked-out)
 */
public record PartnerLine(String text, Mood mood, String move, Outcome outcome) {

    public boolean ends() {
        return outcome != null;
    }
}

package dev.hotseat.persona;

import java.util.Collection;

/** A scenario id that names no loaded scenario. */
public class UnknownScenarioException extends RuntimeException {
    public UnknownScenarioException(String id, Collection<String> known) {
        super("Scenario '" + id + "' not found in prompts/ (known: " + String.join(", ", known) + ")");
    }
}

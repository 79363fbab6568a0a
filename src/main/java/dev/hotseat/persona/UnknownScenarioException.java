package dev.hotseat.persona;

import java.util.Collection;

/** A scenario id that names no loaded scenario. */
public class UnknownScenarioException extends RuntimeException {
    private static final int QUOTE = 80;

    public UnknownScenarioException(String id, Collection<String> known) {
        super("Scenario '" + quote(id) + "' not found in prompts/ (known: " + String.join(", ", known) + ")");
    }

    // The id comes from a client: quote enough to recognise it, never a megabyte or control characters.
    private static String quote(String id) {
        String printable = String.valueOf(id).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= QUOTE ? printable : printable.substring(0, QUOTE) + "…";
    }
}

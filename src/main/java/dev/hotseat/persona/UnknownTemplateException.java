package dev.hotseat.persona;

import java.util.Collection;

/** A prompt template name that names no file in prompts/templates/. */
public class UnknownTemplateException extends RuntimeException {
    public UnknownTemplateException(String name, Collection<String> known) {
        super("Template '" + name + "' not found: add prompts/templates/" + name + ".md (known: "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }
}

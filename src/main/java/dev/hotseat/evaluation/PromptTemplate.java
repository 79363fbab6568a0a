package dev.hotseat.evaluation;

import dev.hotseat.persona.FrontMatter;
import dev.hotseat.persona.Placeholders;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coach-edited prompt from prompts/templates/: Markdown with an optional YAML header between {@code ---}
 * lines (dropped, read by the same {@link FrontMatter} as every prompt file), and {@code {{placeholders}}} filled
 * per turn by the one {@link Placeholders} engine. Both language-model engines use it.
 */
public final class PromptTemplate {

    private final String name;
    private final String text;

    /** @param name the template's name, used in messages ("persona" → prompts/templates/persona.md) */
    public PromptTemplate(String name, String text) {
        this.name = name;
        this.text = text == null ? "" : text;
    }

    /** The body with every placeholder filled; an unknown placeholder is an error naming file and line. */
    public String render(Map<String, String> values) {
        Optional<FrontMatter> front = FrontMatter.find(text);
        String body = front.map(FrontMatter::body).orElse(text);
        return Placeholders.IN_TEMPLATES.replace(body, placeholder -> {
            String value = values.get(placeholder.name());
            if (value == null) {
                throw new UnknownPlaceholderException(where(front, body, placeholder.start()), placeholder.name(),
                        values.keySet());
            }
            return value;
        }).strip();
    }

    /**
     * File and line when this text is the whole file; the library hands over the body only (header and leading
     * blank lines gone), so then the line itself is quoted for the coach to search for.
     */
    private String where(Optional<FrontMatter> front, String body, int offset) {
        String file = "templates/" + name + ".md";
        if (front.isPresent()) {
            return file + ":" + front.get().lineOf(offset);
        }
        int start = body.lastIndexOf('\n', offset - 1) + 1;
        int end = body.indexOf('\n', offset);
        return file + ", in the line \"" + body.substring(start, end < 0 ? body.length() : end).strip() + "\"";
    }

    /** A {{placeholder}} the engine does not know, with the file and line where the coach wrote it. */
    public static final class UnknownPlaceholderException extends IllegalArgumentException {
        UnknownPlaceholderException(String where, String placeholder, Set<String> known) {
            super(where + ": unknown placeholder {{" + placeholder + "}} (known: "
                    + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }
}

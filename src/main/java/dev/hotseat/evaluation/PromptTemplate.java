package dev.hotseat.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coach-edited prompt from prompts/templates/: Markdown with an optional YAML header between {@code ---}
 * lines (dropped), and {@code {{placeholders}}} filled per turn. Both language-model engines use it.
 */
public final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final Pattern HEADER = Pattern.compile("\\A\\s*---\\R.*?\\R---[ \\t]*(\\R|\\z)", Pattern.DOTALL);

    private final String name;
    private final String text;

    /** @param name the template's name, used in messages ("persona" → prompts/templates/persona.md) */
    public PromptTemplate(String name, String text) {
        this.name = name;
        this.text = text == null ? "" : text;
    }

    /** The body with every placeholder filled; an unknown placeholder is an error naming file and line. */
    public String render(Map<String, String> values) {
        Matcher header = HEADER.matcher(text);
        int bodyStart = header.find() ? header.end() : 0;
        Matcher m = PLACEHOLDER.matcher(text);
        m.region(bodyStart, text.length());
        StringBuilder out = new StringBuilder();
        int last = bodyStart;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new UnknownPlaceholderException(where(bodyStart > 0, m.start()), m.group(1), values.keySet());
            }
            out.append(text, last, m.start()).append(value);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString().strip();
    }

    /**
     * File and line when this text is the whole file; the library hands over the body only (header and leading
     * blank lines gone), so then the line itself is quoted for the coach to search for.
     */
    private String where(boolean wholeFile, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        String file = "templates/" + name + ".md";
        return wholeFile ? file + ":" + (text.substring(0, offset).lines().count() + (start == offset ? 1 : 0))
                : file + ", in the line \"" + line + "\"";
    }

    /** A {{placeholder}} the engine does not know, with the file and line where the coach wrote it. */
    public static final class UnknownPlaceholderException extends IllegalArgumentException {
        UnknownPlaceholderException(String where, String placeholder, Set<String> known) {
            super(where + ": unknown placeholder {{" + placeholder + "}} (known: "
                    + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }
}

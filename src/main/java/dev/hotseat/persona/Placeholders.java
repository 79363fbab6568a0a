package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one placeholder engine for prompt files: finding placeholders (to check them) and filling them (to speak).
 *
 * <p>Two spellings, one per kind of file: {@code {name}} in scenario lines and rubric model lines
 * ({@link #IN_LINES}), {@code {{ name }}} in prompts/templates/ ({@link #IN_TEMPLATES}), where single braces are
 * left alone because a template may show JSON to the model.
 */
public final class Placeholders {
    /** {@code {name}}: scenario lines, briefings, policies, rubric model lines. */
    public static final Placeholders IN_LINES = new Placeholders(Pattern.compile("\\{([^{}\\n]*)}"));
    /** {@code {{ name }}}: language-model prompt templates. */
    public static final Placeholders IN_TEMPLATES = new Placeholders(
            Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}"));

    private final Pattern pattern;

    private Placeholders(Pattern pattern) {
        this.pattern = pattern;
    }

    /** One placeholder in a text: its name as written (not stripped) and where it stands. */
    public record Found(String name, int start, int end) {
    }

    /** Every placeholder in the text, in order. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = pattern.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(new Found(m.group(1), m.start(), m.end()));
        }
        return found;
    }

    /** The text with each placeholder replaced by {@code value}'s answer; a null answer leaves it as written. */
    public String replace(String text, Function<Found, String> value) {
        String source = text == null ? "" : text;
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Found placeholder : find(source)) {
            String filled = value.apply(placeholder);
            out.append(source, last, placeholder.start())
                    .append(filled == null ? source.substring(placeholder.start(), placeholder.end()) : filled);
            last = placeholder.end();
        }
        return out.append(source, last, source.length()).toString();
    }

    /** Every {@code {name}} used in the text, in order, as written. */
    public static List<String> names(String text) {
        return IN_LINES.find(text).stream().map(Found::name).toList();
    }

    /** The text with each known {@code {name}} replaced by its value; unknown ones are left as written. */
    public static String fill(String text, Map<String, String> values) {
        return IN_LINES.replace(text, p -> values.get(p.name().strip()));
    }
}

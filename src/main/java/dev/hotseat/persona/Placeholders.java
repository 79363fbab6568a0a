package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholders in scenario lines: finding them (to check) and filling them (to speak). */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]*)}");

    private Placeholders() {
    }

    /** Every placeholder name used in the text, in order, as written. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with each known placeholder replaced by its value; unknown ones are left as written. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

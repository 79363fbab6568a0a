package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The studio's form edits one top-level block of a scenario header at a time ({@code persona:}, {@code lines:}…):
 * that block's lines are replaced with the form's value written as YAML, and every other line of the file,
 * comments included, stays exactly as the coach wrote it.
 */
final class HeaderBlocks {
    /** The blocks the form edits. */
    static final Set<String> EDITABLE = Set.of("title", "summary", "difficulty", "briefing", "persona", "situation",
            "facts", "hiddenFacts", "wants", "policy", "beyondPolicy", "angers", "lines");

    private HeaderBlocks() {
    }

    /** The file with block {@code key} set to {@code value} (removed when the value is null or empty). */
    static String replace(String text, String key, JsonNode value) {
        if (!EDITABLE.contains(key)) {
            throw StudioException.bad("bad-message", "'" + Ids.quote(key) + "' is not a part the form edits (it edits "
                    + String.join(", ", EDITABLE.stream().sorted().toList()) + ")");
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        int[] header = header(lines);
        int open = header[0];
        int close = header[1];
        return replaceBlock(lines, text, key, value, open, close);
    }

    /** Where the header is: the indexes of its two '---' lines. */
    private static int[] header(List<String> lines) {
        int open = -1;
        int close = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                if (open < 0) {
                    open = i;
                } else {
                    close = i;
                    break;
                }
            } else if (open < 0 && !lines.get(i).isBlank()) {
                break;
            }
        }
        if (open < 0 || close < 0) {
            throw StudioException.bad("bad-message", "The file has no header between two '---' lines to edit: fix it"
                    + " in the Markdown view first");
        }
        return new int[] {open, close};
    }

    private static String replaceBlock(List<String> lines, String text, String key, JsonNode value, int open,
                                       int close) {
        List<String> block = yaml(key, value);
        int start = -1;
        for (int i = open + 1; i < close; i++) {
            if (lines.get(i).startsWith(key + ":")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            lines.addAll(close, block);
            return join(lines, text);
        }
        int end = start + 1;
        while (end < close && (lines.get(end).isBlank() || Character.isWhitespace(lines.get(end).charAt(0))
                || lines.get(end).startsWith("#") || lines.get(end).startsWith("-"))) {
            end++;
        }
        // Comments and blank lines just above the next key belong to that key.
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
            end--;
        }
        String comment = inlineComment(lines.get(start));
        if (!block.isEmpty() && comment != null) {
            block.set(0, block.get(0) + "   " + comment);
        }
        lines.subList(start, end).clear();
        lines.addAll(start, block);
        return join(lines, text);
    }

    /**
     * A rubric's criterion, one at a time: the list item {@code - id: <itemId>} under {@code listKey:} is replaced
     * by {@code value} written as YAML at the same indentation; the other criteria and their comments stay.
     */
    static String replaceItem(String text, String listKey, String itemId, JsonNode value) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int[] header = header(lines);
        java.util.regex.Pattern start = java.util.regex.Pattern.compile("^(\\s*)- id:\\s*[\"']?"
                + java.util.regex.Pattern.quote(itemId) + "[\"']?\\s*(#.*)?$");
        int item = -1;
        int indent = 0;
        boolean inList = false;
        for (int i = header[0] + 1; i < header[1]; i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
                    && !line.startsWith("-")) {
                inList = line.startsWith(listKey + ":");
                continue;
            }
            java.util.regex.Matcher m = start.matcher(line);
            if (inList && m.matches()) {
                item = i;
                indent = m.group(1).length();
                break;
            }
        }
        if (item < 0) {
            throw new StudioException(404, "not-found", "There is no item '" + Ids.quote(itemId) + "' under '"
                    + listKey + ":' in this file");
        }
        int end = item + 1;
        while (end < header[1]) {
            String line = lines.get(end);
            int lead = line.length() - line.stripLeading().length();
            if (!line.isBlank() && !line.strip().startsWith("#") && (lead < indent
                    || lead == indent && line.strip().startsWith("-"))) {
                break;
            }
            end++;
        }
        while (end > item + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).strip().startsWith("#"))) {
            end--;
        }
        List<String> replacement = new ArrayList<>();
        if (value != null && !value.isNull()) {
            com.fasterxml.jackson.databind.node.ArrayNode one = CardImport.YAML.createArrayNode();
            one.add(value);
            String pad = " ".repeat(indent);
            CardImport.writeYaml(one).lines().forEach(l -> replacement.add(pad + l.replaceFirst("^  ", "")));
        }
        lines.subList(item, end).clear();
        lines.addAll(item, replacement);
        return join(lines, text);
    }

    private static String join(List<String> lines, String original) {
        return String.join("\n", lines) + (original.endsWith("\n") ? "\n" : "");
    }

    /** A "# …" after the key on its own line (not inside quotes), or null. */
    private static String inlineComment(String line) {
        int hash = line.indexOf(" #");
        return hash > 0 && line.indexOf('"') < 0 && line.indexOf('\'') < 0 ? line.substring(hash + 1).strip() : null;
    }

    private static List<String> yaml(String key, JsonNode value) {
        if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())
                || (value.isTextual() && value.asText().isBlank())) {
            return new ArrayList<>();
        }
        ObjectNode one = CardImport.YAML.createObjectNode();
        one.set(key, value);
        return new ArrayList<>(CardImport.writeYaml(one).lines().toList());
    }
}

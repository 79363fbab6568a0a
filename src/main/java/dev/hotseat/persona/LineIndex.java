package dev.hotseat.persona;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a YAML header sits in its file, by JSON pointer ("/lines/press/2"), so
 * checks that run after mapping can still name the line.
 */
final class LineIndex {
    private static final YAMLFactory YAML = new YAMLFactory();
    private final Map<String, Integer> lines;
    private final int offset;

    private LineIndex(Map<String, Integer> lines, int offset) {
        this.lines = lines;
        this.offset = offset;
    }

    /** Indexes a header that already parsed; lines are file lines (header line + offset). */
    static LineIndex of(String header, int offset) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(header)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = pointerOf(parser, token);
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // The header was already mapped without error, so this cannot happen; lines stay approximate.
            lines.putIfAbsent("", 1);
        }
        return new LineIndex(lines, offset);
    }

    private static String pointerOf(JsonParser parser, JsonToken token) {
        var context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /** The file line of exactly this pointer, or null when the header has no such key or item. */
    Integer exactLine(String pointer) {
        Integer line = lines.get(pointer);
        return line == null ? null : line + offset;
    }

    /** The file line of the value at this pointer, else of its nearest parent, else of the header's start. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line + offset;
            }
            if (p.isEmpty()) {
                return offset;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}

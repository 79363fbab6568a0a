package dev.hotseat.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses text holding a lone surrogate ({@code "\ud800"} in JSON): it is no character, UTF-8 cannot hold it,
 * and the store would turn it into '?'. Refused with a message naming where it is, never silently altered.
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** Throws {@code bad-message} naming the first field (and position) that holds a lone surrogate. */
    public static void refuseLoneSurrogates(JsonNode node) {
        check(node, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            int at = loneSurrogate(node.textValue());
            if (at >= 0) {
                throw BadMessageException.loneSurrogate(path.isEmpty() ? "(value)" : path, at, node.textValue().charAt(at));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                int at = loneSurrogate(field.getKey());
                if (at >= 0) {
                    throw BadMessageException.loneSurrogate("a field name", at, field.getKey().charAt(at));
                }
                check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** The index of the first lone surrogate in {@code text}, or -1. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}

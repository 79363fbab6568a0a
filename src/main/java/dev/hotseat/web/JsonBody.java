package dev.hotseat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP request body that must be one JSON object; anything else is refused with {@code bad-json}. */
public final class JsonBody {
    private JsonBody() {
    }

    /** Parses {@code text}; {@code example} shows what was expected, e.g. {@code {"name":"…"}}. */
    public static JsonNode object(ObjectMapper json, String text, String example) {
        try {
            JsonNode node = json.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            throw BadMessageException.malformed(text, e.getOriginalMessage());
        }
        throw BadMessageException.malformed(text, "expected a JSON object like " + example);
    }
}

package dev.hotseat.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP request body that must be one JSON object; anything else is refused with {@code bad-json}, and so is
 * text holding a lone surrogate (it would be stored altered). */
public final class JsonBody {
    private JsonBody() {
    }

    /** Parses {@code text}; {@code example} shows what was expected, e.g. {@code {"name":"…"}}. */
    public static JsonNode object(ObjectMapper json, String text, String example) {
        try {
            JsonNode node = json.readTree(text);
            if (node != null && node.isObject()) {
                TextCheck.refuseLoneSurrogates(node);
                return node;
            }
        } catch (JsonProcessingException e) {
            throw BadMessageException.malformed(text, JsonTrouble.describe(e));
        }
        throw BadMessageException.malformed(text, "expected a JSON object like " + example);
    }
}

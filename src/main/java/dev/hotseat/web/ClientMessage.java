package dev.hotseat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.SessionMode;

/** What a client sends on /ws/chat, parsed and checked for shape (not for meaning). */
public sealed interface ClientMessage {

    /** Begin a session in {@code scenario}; practice unless {@code mode} says exam. */
    record Start(String scenario, SessionMode mode) implements ClientMessage {
    }

    /** Re-attach to a session after a drop or restart. */
    record Resume(String session) implements ClientMessage {
    }

    /** The learner's next message (its length is checked later, by the session). */
    record Reply(String text) implements ClientMessage {
    }

    /** The learner answers their turn {@code turn} again with {@code text}; that turn and later ones become a try. */
    record Retry(int turn, String text) implements ClientMessage {
    }

    /** The learner ends the session. */
    record End() implements ClientMessage {
    }

    /** Parses one text frame; throws {@link BadMessageException} quoting what was wrong. */
    static ClientMessage parse(String text, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw BadMessageException.malformed(text, e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw BadMessageException.malformed(text, "expected a JSON object like {\"type\":\"reply\",\"text\":\"…\"}");
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "start" -> new Start(field(node, "scenario"), mode(node.path("mode").asText(null)));
            case "resume" -> new Resume(field(node, "session"));
            case "reply" -> new Reply(text(node));
            case "end" -> new End();
            case "retry" -> new Retry(turn(node), text(node));
            default -> throw BadMessageException.unknownType(type);
        };
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw BadMessageException.missing(node.path("type").asText(), name);
        }
        return value.asText().strip();
    }

    private static int turn(JsonNode node) {
        JsonNode value = node.get("turn");
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new BadMessageException("bad-message", "A 'retry' message needs 'turn', the number of your reply"
                    + " to answer again (as in its grade), e.g. {\"type\":\"retry\",\"turn\":1,\"text\":\"…\"}; got "
                    + (value == null ? "none" : "'" + BadMessageException.quote(value.toString()) + "'"));
        }
        return value.asInt();
    }

    private static String text(JsonNode node) {
        JsonNode value = node.get("text");
        if (value != null && !value.isTextual() && !value.isNull()) {
            throw BadMessageException.missing("reply", "text");
        }
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static SessionMode mode(String text) {
        try {
            return SessionMode.of(text);
        } catch (IllegalArgumentException e) {
            throw new BadMessageException("bad-message", e.getMessage());
        }
    }
}

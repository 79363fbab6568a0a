package dev.hotseat.web;

import dev.hotseat.input.JsonTrouble;

import dev.hotseat.input.TextCheck;

import dev.hotseat.input.BadMessageException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.SessionMode;

/** What a client sends on /ws/chat, parsed and checked for shape (not for meaning). */
public sealed interface ClientMessage {
    /** The longest client id of a reply. */
    int MAX_ID = 64;
    /** What a client id may hold: short, and safe to echo, log and store. */
    java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_ID + "}");

    /** Begin a session in {@code scenario}; practice unless {@code mode} says exam. */
    record Start(String scenario, SessionMode mode) implements ClientMessage {
    }

    /** Re-attach to a session after a drop or restart. */
    record Resume(String session) implements ClientMessage {
    }

    /**
     * The learner's next message (its length is checked later, by the session). {@code id} is the client's name
     * for it, null when the client gave none; with one, the server answers {@code stored} once it is durable.
     */
    record Reply(String text, String id) implements ClientMessage {
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
            throw BadMessageException.malformed(text, JsonTrouble.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw BadMessageException.malformed(text, "expected a JSON object like {\"type\":\"reply\",\"text\":\"…\"}");
        }
        TextCheck.refuseLoneSurrogates(node);
        String type = node.path("type").asText("");
        return switch (type) {
            case "start" -> new Start(field(node, "scenario"), mode(node.path("mode").asText(null)));
            case "resume" -> new Resume(field(node, "session"));
            case "reply" -> new Reply(text(node), id(node));
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

    private static String id(JsonNode node) {
        JsonNode value = node.get("id");
        if (value == null || value.isNull()) {
            return null;
        }
        String id = value.isTextual() ? value.textValue() : value.toString();
        if (!value.isTextual() || !ID.matcher(id).matches()) {
            throw BadMessageException.badId(id, MAX_ID);
        }
        return id;
    }

    private static SessionMode mode(String text) {
        try {
            return SessionMode.of(text);
        } catch (IllegalArgumentException e) {
            // Our own words with a short quote: the input may be a 2,000-digit number.
            throw new BadMessageException("bad-message", "Unknown mode '" + BadMessageException.quote(text)
                    + "' (known: practice, exam)");
        }
    }
}

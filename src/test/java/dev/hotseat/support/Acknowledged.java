package dev.hotseat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client was told about its replies, kept as the page keeps it: each id the server answered {@code stored}
 * with its turn. {@link #allPresentOnce} checks a session's turns (after a restart) against it.
 */
public final class Acknowledged {
    private final Map<String, Integer> stored = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** Sends a reply with {@code id} and reads the answer to it: {@code stored} or an {@code error}. */
    public JsonNode send(ChatClient chat, String id, String text) {
        chat.reply(id, text);
        texts.put(id, text);
        while (true) {
            JsonNode message = chat.next();
            String type = message.path("type").asText();
            if (type.equals("stored") && message.path("id").asText().equals(id)) {
                stored.put(id, message.path("turn").asInt());
                return message;
            }
            if (type.equals("error") && answers(message, id)) {
                return message;
            }
        }
    }

    /**
     * Whether an error is the answer to reply {@code id}: one naming it, or a refusal naming no reply (busy). Errors
     * about the turn before it (its grade or the persona's line not stored, a model that failed) can arrive after
     * the next reply was sent, and are not.
     */
    private static boolean answers(JsonNode error, String id) {
        if (error.hasNonNull("id")) {
            return error.path("id").asText().equals(id);
        }
        return !Set.of("model-failed", "not-stored", "not-graded").contains(error.path("code").asText());
    }

    /** Every acknowledged reply is in {@code turns} at its turn, with its text, and no id is there twice. */
    public void allPresentOnce(JsonNode turns) {
        List<String> ids = new ArrayList<>();
        for (JsonNode turn : turns) {
            if (turn.hasNonNull("id")) {
                ids.add(turn.path("id").asText());
            }
        }
        assertEquals(ids.stream().distinct().toList(), ids, "an id stored twice: " + turns);
        stored.forEach((id, index) -> {
            JsonNode turn = turns.get(index);
            assertEquals(id, turn == null ? null : turn.path("id").asText(), "acknowledged " + id + " missing: " + turns);
            assertEquals(texts.get(id), turn.path("text").asText());
        });
    }

    /** How many replies were acknowledged. */
    public int count() {
        return stored.size();
    }
}

package dev.hotseat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            if (type.equals("error") && !message.path("code").asText().equals("model-failed")) {
                return message;
            }
        }
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

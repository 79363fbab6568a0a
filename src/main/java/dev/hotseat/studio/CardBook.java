package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario's hidden facts as a card's lorebook ({@code character_book}). For a scenario imported from a card, every
 * entry goes back in its place with every field it came with; an entry a hidden fact plays takes its content and keys
 * from the fact (the card's own while the fact is unedited); a fact the coach removed takes its entry with it, and a
 * fact the coach added follows the card's entries.
 */
record CardBook(ObjectMapper json, CardMacros macros) {

    /** The lorebook, or null when there is none to write. */
    JsonNode export(JsonNode hiddenFacts, CardMemory memory) {
        boolean factsEdited = !memory.same("hiddenFacts", hiddenFacts);
        if (memory.book() == null && (!factsEdited || !hiddenFacts.isArray() || hiddenFacts.isEmpty())) {
            return null;
        }
        ObjectNode book = memory.book() == null ? json.createObjectNode() : memory.book().deepCopy();
        ArrayNode entries = book.putArray("entries");
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        hiddenFacts.forEach(f -> facts.put(f.path("id").asText(""), f));
        int nextId = 0;
        for (CardMemory.Entry remembered : memory.entries()) {
            nextId = Math.max(nextId, remembered.entry().path("id").asInt(-1) + 1);
            if (remembered.fact() == null) {
                entries.add(remembered.entry().deepCopy());
                continue;
            }
            JsonNode fact = facts.remove(remembered.fact());
            if (fact == null) {
                memory.changed();
                continue;
            }
            ObjectNode entry = remembered.entry().deepCopy();
            String text = fact.path("text").asText("");
            entry.set("content", remembered.value("content", json.getNodeFactory().textNode(text),
                    json.getNodeFactory().textNode(macros.outOfProse(text))));
            entry.set("keys", remembered.value("keys", keys(fact), keys(fact)));
            entries.add(entry);
        }
        if (factsEdited || memory.book() == null) {
            for (JsonNode fact : facts.values()) {
                entries.add(added(fact, nextId++));
                memory.changed();
            }
        }
        return book;
    }

    /** A lorebook entry for a fact written in Hotseat: inserted before the character, in the facts' order. */
    private ObjectNode added(JsonNode fact, int id) {
        ObjectNode entry = json.createObjectNode();
        entry.set("keys", keys(fact));
        entry.put("content", macros.outOfProse(fact.path("text").asText("")));
        entry.putObject("extensions");
        entry.put("enabled", true);
        entry.put("insertion_order", id);
        entry.put("name", fact.path("id").asText(""));
        entry.put("comment", fact.path("id").asText(""));
        entry.put("id", id);
        return entry;
    }

    private ArrayNode keys(JsonNode fact) {
        ArrayNode keys = json.createArrayNode();
        JsonNode askedBy = fact.path("askedBy");
        if (askedBy.isArray()) {
            askedBy.forEach(k -> keys.add(k.asText("")));
        } else if (askedBy.isTextual()) {
            keys.add(askedBy.asText());
        }
        return keys;
    }
}

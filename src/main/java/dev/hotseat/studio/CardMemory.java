package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What a scenario remembers of the Character Card it was imported from, kept under {@code card.keep} in its header
 * (format 2), so that an export gives other tools their card back field for field:
 * <ul>
 *   <li>{@code data}: every field Hotseat has no place for, as the card had it; {@code top}: the fields beside
 *   {@code data} (SillyTavern writes a V1 copy and its own fields there), {@code mirrors} naming those that repeat a
 *   field of {@code data};</li>
 *   <li>{@code book} and {@code entries}: the lorebook and each entry in its order, with every field it came with;
 *   an entry the scenario plays as a hidden fact names that {@code fact};</li>
 *   <li>{@code sums}: a fingerprint of what the import made of each field it maps, and {@code was}: the card's own
 *   value of a field the export could not write back from the scenario alone (its macros, line endings, an empty
 *   field the template filled). While the scenario still holds what the import made, the card's value goes back out;
 *   once a coach edits it, the edit does.</li>
 * </ul>
 */
final class CardMemory {
    static final int FORMAT = 2;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectNode keep;
    private boolean edited;

    private CardMemory(ObjectNode keep) {
        this.keep = keep;
    }

    /** A new memory of {@code card}: its spec, the fields beside its data, and the data fields not in {@code mapped}. */
    static CardMemory of(CardFile card, Set<String> mapped) {
        ObjectNode keep = NODES.objectNode();
        keep.put("format", FORMAT);
        keep.put("spec", card.spec());
        ObjectNode data = keep.putObject("data");
        ObjectNode fields = card.fields();
        fields.properties().forEach(f -> {
            if (!mapped.contains(f.getKey())) {
                data.set(f.getKey(), f.getValue().deepCopy());
            }
        });
        if (fields != card.card()) {
            ObjectNode top = keep.putObject("top");
            ArrayNode mirrors = keep.putArray("mirrors");
            card.card().properties().forEach(f -> {
                String key = f.getKey();
                if (key.equals("spec") || key.equals("spec_version") || key.equals("data")) {
                    return;
                }
                if (f.getValue().equals(fields.get(mirrorOf(key)))) {
                    mirrors.add(key);
                } else {
                    top.set(key, f.getValue().deepCopy());
                }
            });
        }
        keep.putObject("sums");
        keep.putObject("was");
        return new CardMemory(keep);
    }

    /**
     * The memory under a header's {@code card.keep}: empty for a scenario that did not come from a card, and the
     * earlier flat layout (every kept field at the top, the lorebook without entries as {@code character_book}) read
     * as its data.
     */
    static CardMemory in(JsonNode keep) {
        if (!(keep instanceof ObjectNode object)) {
            return new CardMemory(NODES.objectNode());
        }
        if (object.path("format").asInt() == FORMAT) {
            return new CardMemory(object.deepCopy());
        }
        ObjectNode converted = NODES.objectNode();
        ObjectNode data = converted.putObject("data");
        object.properties().forEach(f -> {
            if (f.getKey().equals("character_book") && f.getValue().isObject()) {
                converted.set("book", f.getValue().deepCopy());
            } else if (!f.getKey().equals("book_entries")) {
                data.set(f.getKey(), f.getValue().deepCopy());
            }
        });
        return new CardMemory(converted);
    }

    /** The data field a top-level field repeats: SillyTavern names the creator's notes "creatorcomment" there. */
    static String mirrorOf(String topField) {
        return topField.equals("creatorcomment") ? "creator_notes" : topField;
    }

    ObjectNode node() {
        return keep;
    }

    /** The data fields kept as the card had them. */
    ObjectNode data() {
        return keep.path("data") instanceof ObjectNode data ? data : NODES.objectNode();
    }

    /** The card's fields beside {@code data} that are its own, not copies. */
    ObjectNode top() {
        return keep.path("top") instanceof ObjectNode top ? top : NODES.objectNode();
    }

    /** The fields beside {@code data} that repeat one of its fields. */
    List<String> mirrors() {
        List<String> out = new ArrayList<>();
        keep.path("mirrors").forEach(m -> out.add(m.asText()));
        return out;
    }

    /**
     * Remembers a mapped field: {@code inScenario} is what the scenario holds (as it reads back), {@code fromCard} the
     * card's value, {@code wouldExport} what the export would make of {@code inScenario}.
     */
    void remember(String field, JsonNode inScenario, JsonNode fromCard, JsonNode wouldExport) {
        remember(keep, field, inScenario, fromCard, wouldExport);
    }

    /** The value to export for a mapped field: the card's own while unedited, else {@code exported}. */
    JsonNode value(String field, JsonNode inScenario, JsonNode exported) {
        return value(keep, field, inScenario, exported);
    }

    /** Whether the fingerprint of {@code field} still matches what the scenario holds (a card with no memory: no). */
    boolean same(String field, JsonNode inScenario) {
        return keep.path("sums").has(field) && keep.path("sums").path(field).asText("").equals(sum(inScenario));
    }

    /** Whether any mapped field was edited since the import (so far in this export). */
    boolean edited() {
        return edited;
    }

    /** Marks the card as changed (a lorebook entry added or removed). */
    void changed() {
        edited = true;
    }

    /** Keeps the lorebook without its entries. */
    void book(ObjectNode bookWithoutEntries) {
        keep.set("book", bookWithoutEntries);
    }

    /** The lorebook without its entries, or null when the card had none. */
    ObjectNode book() {
        return keep.path("book") instanceof ObjectNode book ? book : null;
    }

    /** Keeps an entry the scenario does not play, whole. */
    void entry(JsonNode entry) {
        keep.withArrayProperty("entries").addObject().set("entry", entry.deepCopy());
    }

    /** Keeps an entry played as hidden fact {@code fact}: every field but the two the fact holds. */
    Entry playedEntry(JsonNode entry, String fact) {
        ObjectNode remembered = keep.withArrayProperty("entries").addObject();
        remembered.put("fact", fact);
        ObjectNode rest = entry.deepCopy();
        rest.remove(List.of("content", "keys"));
        remembered.set("entry", rest);
        remembered.putObject("sums");
        remembered.putObject("was");
        return new Entry(remembered);
    }

    /** The entries in the card's order. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        keep.path("entries").forEach(e -> out.add(new Entry((ObjectNode) e)));
        return out;
    }

    /** One remembered lorebook entry. */
    final class Entry {
        private final ObjectNode node;

        private Entry(ObjectNode node) {
            this.node = node;
        }

        /** The hidden fact that plays it, or null for an entry the scenario does not play. */
        String fact() {
            return node.hasNonNull("fact") ? node.get("fact").asText() : null;
        }

        /** The entry's fields (without content and keys when a fact plays it). */
        ObjectNode entry() {
            return (ObjectNode) node.get("entry");
        }

        void remember(String field, JsonNode inScenario, JsonNode fromCard, JsonNode wouldExport) {
            CardMemory.remember(node, field, inScenario, fromCard, wouldExport);
        }

        JsonNode value(String field, JsonNode inScenario, JsonNode exported) {
            return CardMemory.this.value(node, field, inScenario, exported);
        }
    }

    private static void remember(ObjectNode at, String field, JsonNode inScenario, JsonNode fromCard,
                                 JsonNode wouldExport) {
        at.withObjectProperty("sums").put(field, sum(inScenario));
        if (!fromCard.equals(wouldExport)) {
            at.withObjectProperty("was").set(field, fromCard.deepCopy());
        }
    }

    private JsonNode value(ObjectNode at, String field, JsonNode inScenario, JsonNode exported) {
        boolean same = at.path("sums").has(field) && at.path("sums").path(field).asText("").equals(sum(inScenario));
        edited |= !same;
        JsonNode was = at.path("was").get(field);
        return same && was != null ? was : exported;
    }

    /** A short fingerprint of a value as a coach would see it: line endings and outer spaces do not count. */
    static String sum(JsonNode value) {
        StringBuilder text = new StringBuilder();
        if (value.isArray()) {
            value.forEach(v -> text.append(v.isValueNode() ? normal(v.asText("")) : v.toString()).append('\u0001'));
        } else if (value.isValueNode() || value.isMissingNode()) {
            text.append(normal(value.isNull() || value.isMissingNode() ? "" : value.asText("")));
        } else {
            text.append(value);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String normal(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}

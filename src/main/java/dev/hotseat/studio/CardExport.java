package dev.hotseat.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptDrafts;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as a Character Card: V2 and V3 JSON, and a PNG carrying both as {@code tEXt} chunks
 * ({@code chara} = V2, {@code ccv3} = V3, base64). A scenario imported from a card gives that card back, field for
 * field, with the coach's edits in it (see {@link CardMemory}); other tools read the character from the usual
 * fields; Hotseat reads its own header back from {@code extensions.hotseat}, so a round trip loses nothing.
 */
record CardExport(ObjectMapper json, Clock clock) {
    /** The card for a scenario file's text, as {@code chara_card_v2} or {@code chara_card_v3}. */
    ObjectNode card(String fileText, boolean v3) {
        PromptDrafts.Parts parts = PromptDrafts.split(fileText);
        ObjectNode header = (ObjectNode) CardImport.readYaml(parts.header());
        JsonNode block = header.remove("card");
        CardMemory memory = CardMemory.in(block == null ? null : block.get("keep"));
        JsonNode persona = header.path("persona");
        String name = persona.path("name").asText("");
        CardMacros macros = new CardMacros(name, Mode.of(header.path("mode").asText("customer")));
        ObjectNode data = json.createObjectNode();
        data.setAll(memory.data().deepCopy());
        data.set("name", memory.value("name", text(name), text(name)));
        data.set("description", memory.value("description", text(parts.body()), text(macros.outOfProse(parts.body()))));
        String voice = persona.path("voice").asText("");
        data.set("personality", memory.value("personality", text(voice), text(macros.outOfProse(voice))));
        String situation = header.path("situation").asText("");
        data.set("scenario", memory.value("scenario", text(situation), text(macros.outOfProse(situation))));
        greetings(data, header.path("lines").path("opening"), memory, macros);
        data.put("creator_notes", block == null ? "" : block.path("notes").asText(""));
        data.set("tags", block != null && block.path("tags").isArray() ? block.get("tags").deepCopy() : json.createArrayNode());
        defaults(data, header);
        JsonNode book = new CardBook(json, macros).export(header.path("hiddenFacts"), memory);
        if (book != null) {
            data.set("character_book", book);
        }
        ObjectNode extensions = block != null && block.path("extensions").isObject()
                ? (ObjectNode) block.get("extensions").deepCopy() : json.createObjectNode();
        ObjectNode hotseat = extensions.putObject("hotseat");
        hotseat.put("format", 1);
        hotseat.set("header", header);
        hotseat.put("body", parts.body());
        hotseat.set("keep", memory.node().deepCopy());
        data.set("extensions", extensions);
        if (v3) {
            v3Fields(data, memory);
        }
        return envelope(data, memory, v3);
    }

    /** A PNG with both cards as tEXt chunks, in the scenario's portrait when it has one, else a plain gradient. */
    byte[] png(String fileText, String id, byte[] portrait) {
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("chara", base64(card(fileText, false)));
        chunks.put("ccv3", base64(card(fileText, true)));
        return PngChunks.withTexts(portrait == null ? Portraits.gradient(id) : portrait, chunks);
    }

    private void greetings(ObjectNode data, JsonNode opening, CardMemory memory, CardMacros macros) {
        List<String> out = new ArrayList<>();
        if (opening.isTextual()) {
            out.add(macros.outOfLine(opening.asText()));
        } else {
            opening.forEach(o -> out.add(macros.outOfLine(o.asText(""))));
        }
        data.set("first_mes", memory.value("first_mes", opening, text(out.isEmpty() ? "" : out.getFirst())));
        data.set("alternate_greetings", memory.value("alternate_greetings", opening,
                array(out.size() > 1 ? out.subList(1, out.size()) : List.of())));
    }

    /** The V2 fields a card must have, for a scenario that did not come from a card (or a card that lacked them). */
    private void defaults(ObjectNode data, ObjectNode header) {
        if (!data.has("mes_example")) {
            data.put("mes_example", examples(header.path("lines"), header.path("facts")));
        }
        putIfAbsent(data, "system_prompt", "");
        putIfAbsent(data, "post_history_instructions", "");
        putIfAbsent(data, "creator", "Hotseat coach studio");
        putIfAbsent(data, "character_version", "1");
    }

    private void v3Fields(ObjectNode data, CardMemory memory) {
        if (!data.has("assets")) {
            ArrayNode assets = data.putArray("assets");
            ObjectNode icon = assets.addObject();
            icon.put("type", "icon");
            icon.put("uri", "ccdefault:");
            icon.put("name", "main");
            icon.put("ext", "png");
        }
        putIfAbsent(data, "nickname", "");
        if (!data.has("creator_notes_multilingual")) {
            data.putObject("creator_notes_multilingual");
        }
        if (!data.has("source")) {
            data.putArray("source");
        }
        if (!data.has("group_only_greetings")) {
            data.putArray("group_only_greetings");
        }
        long now = clock.instant().getEpochSecond();
        if (!data.has("creation_date")) {
            data.put("creation_date", now);
        }
        // The card's own date while nothing was edited: an unchanged card comes back unchanged.
        if (!data.has("modification_date") || memory.edited()) {
            data.put("modification_date", now);
        }
    }

    /** spec and spec_version around data, with what the card had beside data (its V1 copy follows the edits). */
    private ObjectNode envelope(ObjectNode data, CardMemory memory, boolean v3) {
        ObjectNode card = json.createObjectNode();
        card.put("spec", v3 ? "chara_card_v3" : "chara_card_v2");
        card.put("spec_version", v3 ? "3.0" : "2.0");
        card.set("data", data);
        for (String mirror : memory.mirrors()) {
            JsonNode value = data.get(CardMemory.mirrorOf(mirror));
            if (value != null) {
                card.set(mirror, value.deepCopy());
            }
        }
        memory.top().properties().forEach(f -> card.set(f.getKey(), f.getValue().deepCopy()));
        return card;
    }

    private String base64(ObjectNode card) {
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsString(card).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few of the partner's lines as a mes_example, so other tools hear the voice. */
    private static String examples(JsonNode lines, JsonNode facts) {
        Map<String, String> fill = new LinkedHashMap<>();
        facts.properties().forEach(f -> fill.put(f.getKey(), f.getValue().asText()));
        StringBuilder out = new StringBuilder();
        for (String group : List.of("press", "calmer", "reject", "ack")) {
            JsonNode said = lines.path(group);
            List<String> texts = new ArrayList<>();
            if (said.isTextual()) {
                texts.add(said.asText());
            }
            said.forEach(l -> texts.add(l.asText("")));
            for (String line : texts) {
                String filled = line.replaceAll("\\{\\s*name\\s*}", "{{char}}");
                for (Map.Entry<String, String> f : fill.entrySet()) {
                    filled = filled.replace("{" + f.getKey() + "}", f.getValue());
                }
                out.append("<START>\n{{char}}: ").append(filled).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static void putIfAbsent(ObjectNode data, String field, String value) {
        if (!data.has(field)) {
            data.put(field, value);
        }
    }

    private JsonNode text(String value) {
        return json.getNodeFactory().textNode(value);
    }

    private ArrayNode array(List<String> values) {
        ArrayNode a = json.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}

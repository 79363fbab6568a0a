package dev.hotseat.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.persona.PromptDrafts;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A scenario file as a Character Card: V2 and V3 JSON, and a PNG carrying both as {@code tEXt} chunks
 * ({@code chara} = V2, {@code ccv3} = V3, base64). Other tools read the character from the usual fields; Hotseat
 * reads its own header back from {@code extensions.hotseat}, so a round trip loses nothing.
 */
record CardExport(ObjectMapper json, Clock clock) {
    /** The card for a scenario file's text, as {@code chara_card_v2} or {@code chara_card_v3}. */
    ObjectNode card(String fileText, boolean v3) {
        PromptDrafts.Parts parts = PromptDrafts.split(fileText);
        ObjectNode header = (ObjectNode) CardImport.readYaml(parts.header());
        JsonNode block = header.remove("card");
        ObjectNode keep = block == null || !block.path("keep").isObject() ? json.createObjectNode()
                : (ObjectNode) block.get("keep");
        JsonNode persona = header.path("persona");
        String name = persona.path("name").asText("");
        Map<String, String> fill = new LinkedHashMap<>();
        header.path("facts").fields().forEachRemaining(f -> fill.put(f.getKey(), f.getValue().asText()));
        fill.put("name", name);
        ObjectNode data = json.createObjectNode();
        data.put("name", name);
        data.put("description", parts.body());
        data.put("personality", persona.path("voice").asText(""));
        data.put("scenario", header.path("situation").asText(""));
        List<String> openings = texts(header.path("lines").path("opening"), fill);
        data.put("first_mes", openings.isEmpty() ? "" : openings.getFirst());
        data.set("alternate_greetings", array(openings.size() > 1 ? openings.subList(1, openings.size()) : List.of()));
        data.put("mes_example", keep.has("mes_example") ? keep.get("mes_example").asText()
                : examples(header.path("lines"), fill));
        data.put("creator_notes", block == null ? "" : block.path("notes").asText(""));
        data.put("system_prompt", keep.path("system_prompt").asText(""));
        data.put("post_history_instructions", keep.path("post_history_instructions").asText(""));
        data.set("tags", block != null && block.path("tags").isArray() ? block.get("tags").deepCopy() : json.createArrayNode());
        data.put("creator", keep.path("creator").asText("Hotseat coach studio"));
        data.put("character_version", keep.path("character_version").asText("1"));
        JsonNode book = book(header.path("hiddenFacts"), keep);
        if (book != null) {
            data.set("character_book", book);
        }
        ObjectNode extensions = block != null && block.path("extensions").isObject()
                ? (ObjectNode) block.get("extensions").deepCopy() : json.createObjectNode();
        ObjectNode hotseat = extensions.putObject("hotseat");
        hotseat.put("format", 1);
        hotseat.set("header", header);
        hotseat.put("body", parts.body());
        hotseat.set("keep", keep.deepCopy());
        data.set("extensions", extensions);
        if (v3) {
            data.set("assets", keep.has("assets") ? keep.get("assets").deepCopy() : defaultAssets());
            data.put("nickname", keep.path("nickname").asText(""));
            data.set("creator_notes_multilingual", keep.has("creator_notes_multilingual")
                    ? keep.get("creator_notes_multilingual").deepCopy() : json.createObjectNode());
            data.set("source", keep.has("source") ? keep.get("source").deepCopy() : json.createArrayNode());
            data.set("group_only_greetings", keep.has("group_only_greetings")
                    ? keep.get("group_only_greetings").deepCopy() : json.createArrayNode());
            long now = clock.instant().getEpochSecond();
            data.put("creation_date", keep.path("creation_date").asLong(now));
            data.put("modification_date", now);
        }
        // Anything else the original card had (V3 fields in a V2 export, a tool's own fields) goes back as it was.
        for (Iterator<Map.Entry<String, JsonNode>> it = keep.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!data.has(f.getKey()) && !f.getKey().equals("character_book") && !f.getKey().equals("book_entries")) {
                data.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        ObjectNode card = json.createObjectNode();
        card.put("spec", v3 ? "chara_card_v3" : "chara_card_v2");
        card.put("spec_version", v3 ? "3.0" : "2.0");
        card.set("data", data);
        return card;
    }

    /** A PNG with both cards as tEXt chunks; the picture is a plain gradient (scenarios have no portrait). */
    byte[] png(String fileText, String id) {
        BufferedImage image = new BufferedImage(256, 384, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        float hue = (id.hashCode() & 0xffff) / 65535f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), 0, 384,
                Color.getHSBColor(hue, 0.6f, 0.45f)));
        g.fillRect(0, 0, 256, 384);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the card picture", e);
        }
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("chara", base64(card(fileText, false)));
        chunks.put("ccv3", base64(card(fileText, true)));
        return PngChunks.withTexts(out.toByteArray(), chunks);
    }

    private String base64(ObjectNode card) {
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsString(card).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode book(JsonNode hiddenFacts, ObjectNode keep) {
        if (!hiddenFacts.isArray() || hiddenFacts.isEmpty()) {
            return null;
        }
        ObjectNode book = keep.path("character_book").isObject() ? (ObjectNode) keep.get("character_book").deepCopy()
                : json.createObjectNode();
        ArrayNode entries = book.putArray("entries");
        int n = 0;
        for (JsonNode fact : hiddenFacts) {
            ObjectNode entry = entries.addObject();
            entry.set("keys", fact.path("askedBy").isArray() ? fact.get("askedBy").deepCopy()
                    : array(List.of(fact.path("askedBy").asText(""))));
            entry.put("content", fact.path("text").asText(""));
            entry.set("extensions", json.createObjectNode());
            entry.put("enabled", true);
            entry.put("insertion_order", n);
            entry.put("name", fact.path("id").asText(""));
            entry.put("comment", fact.path("id").asText(""));
            entry.put("id", n++);
        }
        return book;
    }

    private ArrayNode defaultAssets() {
        ArrayNode assets = json.createArrayNode();
        ObjectNode icon = assets.addObject();
        icon.put("type", "icon");
        icon.put("uri", "ccdefault:");
        icon.put("name", "main");
        icon.put("ext", "png");
        return assets;
    }

    /** A few of the partner's lines as a mes_example, so other tools hear the voice. */
    private static String examples(JsonNode lines, Map<String, String> fill) {
        StringBuilder out = new StringBuilder();
        for (String group : List.of("press", "calmer", "reject", "ack")) {
            for (String line : texts(lines.path(group), fill)) {
                out.append("<START>\n{{char}}: ").append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static List<String> texts(JsonNode lines, Map<String, String> fill) {
        if (lines.isTextual()) {
            return List.of(filled(lines.asText(), fill));
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        lines.forEach(l -> out.add(filled(l.asText(""), fill)));
        return out;
    }

    private static String filled(String line, Map<String, String> fill) {
        String out = line;
        for (var e : fill.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getKey().equals("name") ? "{{char}}" : e.getValue());
        }
        return out;
    }

    private ArrayNode array(List<String> values) {
        ArrayNode a = json.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}

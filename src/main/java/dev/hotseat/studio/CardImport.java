package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptDrafts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Character Card made into a scenario draft. Cards describe a character, not a practice situation, so the
 * draft starts from the studio's template for the mode (wants, policy, the lines every move needs) and the card
 * fills in who the partner is: name, personality as voice, scenario as situation, description as the persona's
 * instructions, first_mes and alternate_greetings as openings, mes_example lines as more lines, lorebook entries
 * as hidden facts (their keys as the words that uncover them). creator_notes, tags, other extensions and every
 * field Hotseat does not play go under {@code card:} in the header, which no engine reads. A card exported by
 * Hotseat carries the scenario's own header under {@code extensions.hotseat}, which is restored as it was.
 */
final class CardImport {
    /** Fields that become parts of the scenario; every other field of the card is kept as it was. */
    static final Set<String> MAPPED = Set.of("name", "description", "personality", "scenario", "first_mes",
            "alternate_greetings", "character_book", "tags", "creator_notes", "extensions");
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    /** The draft: its id (free, or the card's own if it clashes: then saving it is refused), text and notes. */
    record Draft(String id, Mode mode, String text, List<String> notes) {
    }

    private final ObjectMapper json;

    CardImport(ObjectMapper json) {
        this.json = json;
    }

    Draft draft(CardFile card, Mode askedMode, Map<Mode, String> templates, Set<String> taken) {
        List<String> notes = new ArrayList<>(card.notes());
        JsonNode hotseat = card.field("extensions") == null ? null : card.field("extensions").get("hotseat");
        ObjectNode header;
        String body;
        Mode mode;
        JsonNode keep;
        if (hotseat != null && hotseat.path("header").isObject()) {
            header = (ObjectNode) hotseat.get("header").deepCopy();
            body = hotseat.path("body").asText("");
            mode = Mode.of(header.path("mode").asText("customer"));
            keep = hotseat.path("keep");
            notes.add("Made by Hotseat: the scenario's own settings were restored from extensions.hotseat.");
        } else {
            mode = askedMode == null ? Mode.CUSTOMER : askedMode;
            PromptDrafts.Parts template = PromptDrafts.split(templates.get(mode));
            header = (ObjectNode) readYaml(template.header());
            CardMemory memory = CardMemory.of(card, MAPPED);
            body = fill(header, template.body(), card, mode, memory, notes);
            keep = memory.node();
        }
        String own = header.path("id").asText("");
        String id = hotseat != null && PromptDrafts.validId(own) ? own
                : Ids.slug(card.text("name").isBlank() ? header.path("persona").path("name").asText("") : card.text("name"));
        if (taken.contains(id)) {
            notes.add("A scenario '" + id + "' already exists: change the id before saving, or this draft will be"
                    + " refused rather than overwrite it.");
        }
        header.put("id", id);
        putCard(header, card, keep);
        String text = "---\n# Imported from a Character Card (" + card.spec().toUpperCase(java.util.Locale.ROOT)
                + "). Check wants, policy and lines before saving.\n" + writeYaml(header) + "---\n" + asRead(body) + "\n";
        return new Draft(id, mode, text, notes);
    }

    /** Fills the template's header from the card; returns the body (the persona's instructions). */
    private String fill(ObjectNode header, String templateBody, CardFile card, Mode mode, CardMemory memory,
                        List<String> notes) {
        String name = card.text("name").strip();
        CardMacros macros = new CardMacros(name, mode);
        ObjectNode persona = header.withObjectProperty("persona");
        persona.put("name", name);
        header.put("title", name);
        memory.remember("name", text(name), card.node("name"), text(name));

        String description = card.text("description");
        String body = description.isBlank() ? templateBody : macros.intoProse(description);
        String bodyAsRead = asRead(body);
        memory.remember("description", text(bodyAsRead), card.node("description"), text(macros.outOfProse(bodyAsRead)));

        String personality = card.text("personality");
        if (!personality.isBlank()) {
            persona.put("voice", macros.intoProse(personality).strip());
        }
        String voice = persona.path("voice").asText("");
        memory.remember("personality", text(voice), card.node("personality"), text(macros.outOfProse(voice)));

        String scenario = card.text("scenario").isBlank() ? description : card.text("scenario");
        if (!scenario.isBlank()) {
            String situation = macros.intoProse(scenario).strip();
            header.put("situation", situation);
            header.put("summary", firstSentence(situation));
        }
        String situation = header.path("situation").asText("");
        memory.remember("scenario", text(situation), card.node("scenario"), text(macros.outOfProse(situation)));

        greetings(header.withObjectProperty("lines"), card, macros, memory);
        examples(header.withObjectProperty("lines"), card, mode, macros, notes);
        hiddenFacts(header, card, macros, memory);
        return body;
    }

    /** first_mes and alternate_greetings become the openings (the template's stay when the card has none). */
    private void greetings(ObjectNode lines, CardFile card, CardMacros macros, CardMemory memory) {
        List<String> openings = new ArrayList<>();
        if (!card.text("first_mes").isBlank()) {
            openings.add(macros.intoLine(card.text("first_mes")).strip());
        }
        JsonNode alternates = card.field("alternate_greetings");
        if (alternates != null && alternates.isArray()) {
            alternates.forEach(g -> {
                if (!g.asText("").isBlank()) {
                    openings.add(macros.intoLine(g.asText()).strip());
                }
            });
        }
        if (!openings.isEmpty()) {
            lines.set("opening", strings(openings));
        }
        JsonNode opening = lines.path("opening");
        List<String> out = new ArrayList<>();
        opening.forEach(o -> out.add(macros.outOfLine(o.asText(""))));
        memory.remember("first_mes", opening, card.node("first_mes"), text(out.isEmpty() ? "" : out.getFirst()));
        memory.remember("alternate_greetings", opening, card.node("alternate_greetings", json.createArrayNode()),
                strings(out.size() > 1 ? out.subList(1, out.size()) : List.of()));
    }

    /** The partner's lines of mes_example ("{{char}}: …") are offered as more lines; the field itself is kept. */
    private void examples(ObjectNode lines, CardFile card, Mode mode, CardMacros macros, List<String> notes) {
        List<String> examples = exampleLines(card.text("mes_example"), macros);
        if (examples.isEmpty()) {
            return;
        }
        String group = mode == Mode.INTERVIEW ? "ack" : "press";
        ArrayNode variants = lines.has(group) && lines.get(group).isArray() ? (ArrayNode) lines.get(group)
                : lines.putArray(group);
        examples.forEach(variants::add);
        notes.add(examples.size() + " example line(s) from mes_example were added to lines." + group
                + ": move each to the move it suits.");
    }

    /**
     * Each enabled lorebook entry with content becomes a hidden fact, its keys the words that uncover it; every
     * entry, played or not, is remembered with all its fields and in its place, for the export.
     */
    private void hiddenFacts(ObjectNode header, CardFile card, CardMacros macros, CardMemory memory) {
        JsonNode book = card.field("character_book");
        if (book == null || !book.isObject()) {
            return;
        }
        // An interviewer has no hidden facts: the entries are kept for the export, none is played.
        boolean plays = macros.mode() == Mode.CUSTOMER;
        ObjectNode rest = book.deepCopy();
        rest.remove("entries");
        memory.book(rest);
        ArrayNode facts = json.createArrayNode();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode entry : book.path("entries")) {
            n++;
            if (!plays || !entry.isObject() || entry.path("content").asText("").isBlank()
                    || !entry.path("enabled").asBoolean(true)) {
                memory.entry(entry);
                continue;
            }
            String id = factId(entry, n, ids);
            String text = macros.intoProse(entry.path("content").asText()).strip();
            ArrayNode askedBy = keys(entry);
            ObjectNode fact = facts.addObject();
            fact.put("id", id);
            fact.put("text", text);
            fact.set("askedBy", askedBy);
            CardMemory.Entry remembered = memory.playedEntry(entry, id);
            remembered.remember("content", text(text), entry.path("content"), text(macros.outOfProse(text)));
            remembered.remember("keys", askedBy, entry.has("keys") ? entry.get("keys") : askedBy, askedBy);
        }
        if (!facts.isEmpty()) {
            header.set("hiddenFacts", facts);
        }
        memory.remember("hiddenFacts", header.path("hiddenFacts"), json.nullNode(), json.nullNode());
    }

    private static String factId(JsonNode entry, int n, Set<String> taken) {
        String label = entry.path("name").asText("").isBlank() ? entry.path("comment").asText("")
                : entry.path("name").asText();
        String id = Ids.slug(label.isBlank() ? "fact-" + n : label);
        id = Character.isLetter(id.charAt(0)) ? id : "fact-" + id;
        String unique = id;
        for (int k = 2; !taken.add(unique); k++) {
            unique = id + "-" + k;
        }
        return unique;
    }

    /** An entry's keys as the words that uncover its fact (a fact needs at least one). */
    private ArrayNode keys(JsonNode entry) {
        List<String> keys = new ArrayList<>();
        entry.path("keys").forEach(k -> {
            if (!k.asText("").isBlank()) {
                keys.add(k.asText().strip());
            }
        });
        return strings(keys.isEmpty() ? List.of("tell me more") : keys);
    }

    /** Text as the loader reads a file's body back: line endings made "\n", outer blank space gone. */
    static String asRead(String body) {
        return String.join("\n", body.lines().toList()).strip();
    }

    private JsonNode text(String value) {
        return json.getNodeFactory().textNode(value);
    }

    /** The {@code card:} block: notes, tags, other extensions, and the memory of the card for the export. */
    private void putCard(ObjectNode header, CardFile card, JsonNode keep) {
        ObjectNode block = json.createObjectNode();
        if (!card.text("creator_notes").isEmpty()) {
            block.put("notes", card.text("creator_notes"));
        }
        JsonNode tags = card.field("tags");
        if (tags != null && tags.isArray() && !tags.isEmpty()) {
            block.set("tags", tags.deepCopy());
        }
        JsonNode extensions = card.field("extensions");
        if (extensions != null && extensions.isObject()) {
            ObjectNode others = extensions.deepCopy();
            others.remove("hotseat");
            if (!others.isEmpty()) {
                block.set("extensions", others);
            }
        }
        if (keep != null && keep.isObject() && !keep.isEmpty()) {
            block.set("keep", keep.deepCopy());
        }
        header.remove("card");
        if (!block.isEmpty()) {
            header.set("card", block);
        }
    }

    /** The partner's lines of a mes_example: "{{char}}: …" after each "<START>". */
    private static List<String> exampleLines(String mesExample, CardMacros macros) {
        List<String> out = new ArrayList<>();
        for (String line : mesExample.split("\\R")) {
            String l = line.strip();
            if (l.regionMatches(true, 0, "{{char}}:", 0, 9)) {
                String said = macros.intoLine(l.substring(9)).strip();
                if (!said.isEmpty()) {
                    out.add(said);
                }
            }
        }
        return out;
    }

    private static String firstSentence(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        String first = end > 0 ? flat.substring(0, end + 1) : flat;
        return first.length() > 200 ? first.substring(0, 197) + "…" : first;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static JsonNode readYaml(String header) {
        try {
            return YAML.readTree(header);
        } catch (IOException e) {
            throw new UncheckedIOException("a template's header is not YAML", e);
        }
    }

    static String writeYaml(JsonNode header) {
        try {
            return YAML.writeValueAsString(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
import java.util.Iterator;
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
            "alternate_greetings", "mes_example", "character_book", "tags", "creator_notes", "extensions");
    private static final Set<String> ENVELOPE = Set.of("spec", "spec_version", "data");
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
        if (hotseat != null && hotseat.path("header").isObject()) {
            header = (ObjectNode) hotseat.get("header").deepCopy();
            body = hotseat.path("body").asText("");
            mode = Mode.of(header.path("mode").asText("customer"));
            notes.add("Made by Hotseat: the scenario's own settings were restored from extensions.hotseat.");
        } else {
            mode = askedMode == null ? Mode.CUSTOMER : askedMode;
            PromptDrafts.Parts template = PromptDrafts.split(templates.get(mode));
            header = (ObjectNode) readYaml(template.header());
            body = card.text("description").isBlank() ? template.body() : card.text("description");
            fill(header, card, mode, notes);
        }
        String own = header.path("id").asText("");
        String id = hotseat != null && PromptDrafts.validId(own) ? own
                : Ids.slug(card.text("name").isBlank() ? header.path("persona").path("name").asText("") : card.text("name"));
        if (taken.contains(id)) {
            notes.add("A scenario '" + id + "' already exists: change the id before saving, or this draft will be"
                    + " refused rather than overwrite it.");
        }
        header.put("id", id);
        putCard(header, card, hotseat);
        String text = "---\n# Imported from a Character Card (" + card.spec().toUpperCase(java.util.Locale.ROOT)
                + "). Check wants, policy and lines before saving.\n" + writeYaml(header) + "---\n" + body.strip() + "\n";
        return new Draft(id, mode, text, notes);
    }

    private void fill(ObjectNode header, CardFile card, Mode mode, List<String> notes) {
        String name = card.text("name").strip();
        ObjectNode persona = header.withObject("/persona");
        persona.put("name", name);
        if (!card.text("personality").isBlank()) {
            persona.put("voice", macros(card.text("personality"), name).strip());
        }
        header.put("title", name);
        String situation = macros(card.text("scenario").isBlank() ? card.text("description") : card.text("scenario"),
                name).strip();
        if (!situation.isBlank()) {
            header.put("situation", situation);
            header.put("summary", firstSentence(situation));
        }
        ObjectNode lines = header.withObject("/lines");
        List<String> openings = new ArrayList<>();
        if (!card.text("first_mes").isBlank()) {
            openings.add(macros(card.text("first_mes"), name).strip());
        }
        JsonNode greetings = card.field("alternate_greetings");
        if (greetings != null && greetings.isArray()) {
            greetings.forEach(g -> {
                if (!g.asText("").isBlank()) {
                    openings.add(macros(g.asText(), name).strip());
                }
            });
        }
        if (!openings.isEmpty()) {
            lines.set("opening", strings(openings));
        }
        List<String> examples = exampleLines(card.text("mes_example"), name);
        if (!examples.isEmpty()) {
            String group = mode == Mode.INTERVIEW ? "ack" : "press";
            ArrayNode variants = lines.has(group) && lines.get(group).isArray() ? (ArrayNode) lines.get(group)
                    : lines.putArray(group);
            examples.forEach(variants::add);
            notes.add(examples.size() + " example line(s) from mes_example were added to lines." + group
                    + ": move each to the move it suits.");
        }
        hiddenFacts(header, card, name);
    }

    private void hiddenFacts(ObjectNode header, CardFile card, String name) {
        JsonNode entries = card.field("character_book") == null ? null : card.field("character_book").get("entries");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            return;
        }
        ArrayNode facts = header.putArray("hiddenFacts");
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode entry : entries) {
            n++;
            if (entry.path("content").asText("").isBlank() || !entry.path("enabled").asBoolean(true)) {
                continue;
            }
            String label = entry.path("name").asText("").isBlank() ? entry.path("comment").asText("")
                    : entry.path("name").asText();
            String id = Ids.slug(label.isBlank() ? "fact-" + n : label);
            id = Character.isLetter(id.charAt(0)) ? id : "fact-" + id;
            String unique = id;
            for (int k = 2; !ids.add(unique); k++) {
                unique = id + "-" + k;
            }
            ObjectNode fact = facts.addObject();
            fact.put("id", unique);
            fact.put("text", macros(entry.path("content").asText(), name).strip());
            List<String> keys = new ArrayList<>();
            entry.path("keys").forEach(k -> {
                if (!k.asText("").isBlank()) {
                    keys.add(k.asText().strip());
                }
            });
            fact.set("askedBy", strings(keys.isEmpty() ? List.of("tell me more") : keys));
        }
    }

    /** The {@code card:} block: notes, tags, other extensions, and every field with no place in a scenario. */
    private void putCard(ObjectNode header, CardFile card, JsonNode hotseat) {
        ObjectNode block = json.createObjectNode();
        if (!card.text("creator_notes").isBlank()) {
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
        ObjectNode keep;
        if (hotseat != null && hotseat.path("keep").isObject()) {
            keep = hotseat.get("keep").deepCopy();
        } else {
            keep = json.createObjectNode();
            ObjectNode fields = card.fields();
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!MAPPED.contains(f.getKey()) && !(fields == card.card() && ENVELOPE.contains(f.getKey()))) {
                    keep.set(f.getKey(), f.getValue().deepCopy());
                }
            }
            JsonNode book = card.field("character_book");
            if (book != null && book.isObject()) {
                ObjectNode rest = book.deepCopy();
                rest.remove("entries");
                keep.set("character_book", rest);
            }
        }
        if (!keep.isEmpty()) {
            block.set("keep", keep);
        }
        header.remove("card");
        if (!block.isEmpty()) {
            header.set("card", block);
        }
    }

    /** {@code {{char}}} is the partner's name and {{user}} the learner ("you"); Hotseat lines use single braces. */
    private static String macros(String text, String name) {
        return text.replaceAll("(?i)\\{\\{char}}|<BOT>", java.util.regex.Matcher.quoteReplacement(name))
                .replaceAll("(?i)\\{\\{user}}|<USER>", "you");
    }

    /** The partner's lines of a mes_example: "{{char}}: …" after each "<START>". */
    private static List<String> exampleLines(String mesExample, String name) {
        List<String> out = new ArrayList<>();
        for (String line : mesExample.split("\\R")) {
            String l = line.strip();
            if (l.regionMatches(true, 0, "{{char}}:", 0, 9)) {
                String said = macros(l.substring(9), name).strip();
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

package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.persona.PromptDrafts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "This grade is wrong": a reply a coach marked, written into the rubric as an example of each criterion marked
 * (its {@code examples} when shown, {@code notExamples} when not), which is what the evaluator's example layer
 * reads. Only the marked criteria's items are rewritten; the rest of the file stays as written.
 */
final class RubricExamples {
    /** At most this long: an example is one reply, and a YAML list item on one line. */
    static final int MAX_CHARS = 500;

    private RubricExamples() {
    }

    /** One criterion the coach marked: the reply shows it, or does not. */
    record Mark(String criterion, boolean shown) {
    }

    /** {@code {reply, marks: [{criterion, shown}]}}, checked: one line of text, at least one mark, booleans. */
    record Request(String reply, List<Mark> marks) {
        static Request of(JsonNode body) {
            JsonNode reply = body.path("reply");
            if (!reply.isTextual() || reply.asText().isBlank()) {
                throw StudioException.bad("bad-message", "The body needs 'reply': the words the grade was wrong about");
            }
            String text = reply.asText().strip();
            if (text.length() > MAX_CHARS || text.contains("\n") || text.contains("\r")) {
                throw StudioException.bad("bad-message", "'reply' is one line of at most " + MAX_CHARS
                        + " characters (an example is one reply), not '" + Ids.quote(text) + "'");
            }
            JsonNode marks = body.path("marks");
            if (!marks.isArray() || marks.isEmpty()) {
                throw StudioException.bad("bad-message", "The body needs 'marks': [{criterion, shown}], at least one");
            }
            List<Mark> out = new ArrayList<>();
            for (JsonNode m : marks) {
                if (!m.path("criterion").isTextual() || !m.path("shown").isBoolean()) {
                    throw StudioException.bad("bad-message", "Each mark is {criterion: \"<id>\", shown: true|false},"
                            + " not " + Ids.quote(m.toString()));
                }
                out.add(new Mark(m.path("criterion").asText(), m.path("shown").asBoolean()));
            }
            return new Request(text, out);
        }
    }

    /** The rubric's text with the reply added to each marked criterion; the same text when all were there already. */
    static String add(String text, String file, Request request) {
        Map<String, ObjectNode> criteria = criteria(text, file);
        String out = text;
        for (Mark mark : request.marks()) {
            ObjectNode criterion = criteria.get(mark.criterion());
            if (criterion == null) {
                throw new StudioException(400, "unknown-criterion", file + " has no criterion '"
                        + Ids.quote(mark.criterion()) + "' (known: " + String.join(", ", criteria.keySet()) + ")");
            }
            String other = mark.shown() ? "notExamples" : "examples";
            if (contains(criterion.path(other), request.reply())) {
                throw new StudioException(409, "contradicts", file + ": '" + Ids.quote(request.reply()) + "' is"
                        + " already listed under " + other + " of '" + mark.criterion() + "'; take it out there first"
                        + " if the grade should change");
            }
            String list = mark.shown() ? "examples" : "notExamples";
            if (contains(criterion.path(list), request.reply())) {
                continue;
            }
            ArrayNode items = criterion.has(list) && criterion.get(list).isArray() ? (ArrayNode) criterion.get(list)
                    : criterion.putArray(list);
            items.add(request.reply());
            out = HeaderBlocks.replaceItem(out, "criteria", mark.criterion(), criterion);
        }
        return out;
    }

    private static boolean contains(JsonNode list, String reply) {
        for (JsonNode item : list) {
            if (item.asText().strip().equalsIgnoreCase(reply)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, ObjectNode> criteria(String text, String file) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        try {
            for (JsonNode c : CardImport.YAML.readTree(PromptDrafts.split(text).header()).path("criteria")) {
                if (c.isObject() && c.path("id").isTextual()) {
                    out.put(c.path("id").asText(), (ObjectNode) c.deepCopy());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StudioException(409, "invalid-prompt", file + " does not read as a rubric now; fix it in the"
                    + " studio first (" + e.getMessage() + ")");
        }
        return out;
    }
}

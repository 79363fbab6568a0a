package dev.hotseat.studio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.input.JsonTrouble;
import java.io.IOException;

/**
 * JSON as the studio reads it from a card or a request: bounded before anything is built from it (a card is a few
 * levels deep, with short field names and ordinary numbers), and every refusal says what and where in plain words,
 * never which library read it.
 */
final class CardJson {
    static final int MAX_DEPTH = 64;
    static final int MAX_NAME = 256;
    static final int MAX_NUMBER = 64;
    private static final ObjectMapper BOUNDED = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxNameLength(MAX_NAME).maxNumberLength(MAX_NUMBER).build())
            .build());

    private CardJson() {
    }

    /** The JSON object in {@code text}; {@code what} names it in a refusal ("the JSON upload"). */
    static ObjectNode object(String text, String what, String code) {
        try (JsonParser parser = BOUNDED.createParser(text)) {
            JsonNode node;
            try {
                node = BOUNDED.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw StudioException.bad(code, what + " " + limit(e) + where(parser.currentLocation()));
            } catch (JsonProcessingException e) {
                throw StudioException.bad(code, what + " is not valid JSON: " + JsonTrouble.describe(e)
                        + "; it starts '" + Ids.quote(text.strip().substring(0, Math.min(30, text.strip().length()))) + "'");
            }
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw StudioException.bad(code, what + " is JSON but not an object: it must be {…}");
        } catch (IOException e) {
            throw StudioException.bad(code, what + " could not be read as text");
        }
    }

    private static String limit(StreamConstraintsException e) {
        String said = String.valueOf(e.getMessage());
        if (said.startsWith("Document nesting depth")) {
            return "is nested more than " + MAX_DEPTH + " levels deep (a card needs a few)";
        }
        if (said.startsWith("Name length")) {
            return "has a field name longer than " + MAX_NAME + " characters";
        }
        if (said.startsWith("Number")) {
            return "has a number longer than " + MAX_NUMBER + " digits";
        }
        return "holds a value too long to read";
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}

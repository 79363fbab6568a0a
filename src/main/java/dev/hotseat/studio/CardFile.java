package dev.hotseat.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A Character Card as uploaded: JSON, or a PNG whose {@code tEXt} chunk {@code ccv3} (V3) or {@code chara} (V2)
 * holds the card as base64 JSON; {@code ccv3} is preferred when both are there.
 *
 * @param spec  "v3", "v2" or "v1" (no spec: the old flat shape)
 * @param card  the card's JSON
 * @param notes what was noticed on the way (a broken ccv3 chunk passed over for chara), for the coach
 */
record CardFile(String spec, ObjectNode card, List<String> notes) {

    /** Reads an upload; throws {@link CardException} saying what is wrong and where. */
    static CardFile read(byte[] body) {
        if (body.length == 0) {
            throw new CardException("the upload is empty: send the card's JSON or its PNG");
        }
        if (PngChunks.isPng(body)) {
            return fromPng(PngChunks.texts(body));
        }
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (!text.stripLeading().startsWith("{")) {
            throw new CardException("the upload is neither a PNG nor JSON: it starts with '"
                    + Ids.quote(text.strip().substring(0, Math.min(30, text.strip().length())))
                    + "'; send the card's .json or .png file");
        }
        return of(parse(text, "the JSON upload"), new ArrayList<>());
    }

    private static CardFile fromPng(Map<String, String> texts) {
        List<String> notes = new ArrayList<>();
        if (texts.containsKey("ccv3")) {
            try {
                return of(parse(decode(texts.get("ccv3"), "ccv3"), "the tEXt chunk 'ccv3'"), notes);
            } catch (CardException broken) {
                if (!texts.containsKey("chara")) {
                    throw broken;
                }
                notes.add("The V3 card (chunk 'ccv3') could not be read, so the V2 card (chunk 'chara') was used: "
                        + broken.getMessage());
            }
        }
        if (texts.containsKey("chara")) {
            return of(parse(decode(texts.get("chara"), "chara"), "the tEXt chunk 'chara'"), notes);
        }
        throw new CardException("the PNG holds no Character Card: it has no tEXt chunk 'chara' or 'ccv3'"
                + (texts.isEmpty() ? "" : " (its text chunks: " + String.join(", ", texts.keySet()) + ")")
                + "; export the card from its tool as a card PNG, or upload its JSON");
    }

    private static String decode(String base64, String chunk) {
        try {
            return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CardException("the tEXt chunk '" + chunk + "' is not base64 (" + e.getMessage()
                    + "); export the card again");
        }
    }

    private static ObjectNode parse(String text, String where) {
        return CardJson.object(text, where, "bad-card");
    }

    private static CardFile of(ObjectNode card, List<String> notes) {
        String spec = card.path("spec").asText("");
        String kind = switch (spec) {
            case "chara_card_v3" -> "v3";
            case "chara_card_v2" -> "v2";
            default -> "v1";
        };
        if (kind.equals("v1") && !card.hasNonNull("name") && !card.path("data").hasNonNull("name")) {
            throw new CardException("the JSON is not a Character Card: it has no 'spec' (chara_card_v2 or"
                    + " chara_card_v3) and no 'name'");
        }
        return new CardFile(kind, card, notes);
    }

    /** The card's fields: {@code data} for V2 and V3, falling back to the flat V1 fields at the top. */
    JsonNode field(String name) {
        JsonNode inData = card.path("data").get(name);
        if (inData != null && !inData.isNull() && !(inData.isTextual() && inData.asText().isEmpty())) {
            return inData;
        }
        JsonNode top = card.get(name);
        return top == null || top.isNull() ? inData : top;
    }

    /** The field as the card has it; "" when it has none. */
    JsonNode node(String name) {
        return node(name, com.fasterxml.jackson.databind.node.TextNode.valueOf(""));
    }

    /** The field as the card has it, or {@code missing}. */
    JsonNode node(String name, JsonNode missing) {
        JsonNode node = field(name);
        return node == null ? missing : node;
    }

    String text(String name) {
        JsonNode node = field(name);
        return node == null || !node.isValueNode() ? "" : node.asText("");
    }

    /** The object holding the card's fields: {@code data}, or the card itself for V1. */
    ObjectNode fields() {
        return card.path("data") instanceof ObjectNode data ? data : card;
    }
}

package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.persona.PromptDrafts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cards in the shapes SillyTavern, RisuAI and chub.ai write go into Hotseat and come back out field for field:
 * lorebook entries with every field and in their order, {{char}} and {{user}}, empty fields, line endings, and the
 * portrait's pixels; an edit made in Hotseat comes out with the macros.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CardRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger SAVED = new java.util.concurrent.atomic.AtomicInteger();
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    /** SillyTavern's export: a V1 copy beside data, its own fields at the top, world info as a lorebook. */
    static final String SILLY_TAVERN = """
            {"name": "Seraphina Vale", "description": "{{char}} runs a flower shop.\\r\\nShe is tired of {{user}}'s firm losing her orders.\\r\\n",
             "personality": "", "scenario": "",
             "first_mes": "*{{char}} puts the phone to her ear.* So, {{user}}. Where are my tulips?",
             "mes_example": "<START>\\r\\n{{user}}: Hello\\r\\n{{char}}: Don't hello me.",
             "creatorcomment": "Made for a workshop.", "avatar": "none",
             "chat": "Seraphina Vale - 2026-11-2 @10h 00m 00s 000ms", "talkativeness": "0.5", "fav": false,
             "tags": ["florist", "angry"], "spec": "chara_card_v2", "spec_version": "2.0",
             "data": {"name": "Seraphina Vale",
               "description": "{{char}} runs a flower shop.\\r\\nShe is tired of {{user}}'s firm losing her orders.\\r\\n",
               "personality": "", "scenario": "",
               "first_mes": "*{{char}} puts the phone to her ear.* So, {{user}}. Where are my tulips?",
               "mes_example": "<START>\\r\\n{{user}}: Hello\\r\\n{{char}}: Don't hello me.",
               "creator_notes": "Made for a workshop.", "system_prompt": "", "post_history_instructions": "",
               "tags": ["florist", "angry"], "creator": "tester", "character_version": "",
               "alternate_greetings": ["Finally, {{user}}.\\r\\nI have been waiting.", "  "],
               "extensions": {"talkativeness": "0.5", "fav": false, "world": "Vale lore",
                 "depth_prompt": {"prompt": "", "depth": 4, "role": "system"}},
               "group_only_greetings": [],
               "character_book": {"entries": [
                 {"id": 3, "keys": ["wedding", "Saturday"], "secondary_keys": [], "comment": "wedding",
                  "content": "The tulips are for {{char}}'s sister's wedding on Saturday.", "constant": false,
                  "selective": true, "insertion_order": 250, "enabled": true, "position": "before_char", "use_regex": true,
                  "extensions": {"position": 0, "exclude_recursion": false, "display_index": 0, "probability": 100,
                    "useProbability": true, "depth": 4, "selectiveLogic": 0, "group": "", "group_override": false,
                    "group_weight": 100, "prevent_recursion": false, "delay_until_recursion": false, "scan_depth": null,
                    "match_whole_words": null, "use_group_scoring": false, "case_sensitive": null, "automation_id": "",
                    "role": 0, "vectorized": false, "sticky": 0, "cooldown": 0, "delay": 0}},
                 {"id": 1, "keys": ["refund"], "secondary_keys": ["money"], "comment": "switched off",
                  "content": "Never mention refunds.", "constant": true, "selective": false, "insertion_order": 10,
                  "enabled": false, "position": "after_char", "use_regex": true, "extensions": {"position": 1, "depth": 4}},
                 {"id": 7, "keys": [" shop ", ""], "secondary_keys": [], "comment": "", "content": "{{user}} once sent her a broken vase.",
                  "constant": false, "selective": false, "insertion_order": 5, "enabled": true, "position": "after_char",
                  "use_regex": true, "extensions": {"position": 1, "depth": 2}}],
                 "name": "Vale lore"}},
             "create_date": "2026-11-2 @10h 00m 00s 000ms"}
            """;

    /** RisuAI's V3: its own extensions, a lorebook with Risu's entry fields, assets, dates. */
    static final String RISU = """
            {"spec": "chara_card_v3", "spec_version": "3.0", "data": {
              "name": "Mina Park", "description": "{{char}} is the hiring manager at a busy help desk.",
              "personality": "warm but exacting", "scenario": "An interview with {{user}} for a support role.",
              "first_mes": "Hello {{user}}, I'm {{char}}. Shall we start?", "mes_example": "", "creator_notes": "",
              "system_prompt": "", "post_history_instructions": "", "alternate_greetings": [],
              "character_book": {"scan_depth": 7, "token_budget": 2048, "recursive_scanning": false,
                "extensions": {"risu_fullWordMatching": false}, "entries": [
                  {"keys": ["career", "goal"], "content": "{{char}} wants someone who stays two years.",
                   "extensions": {"risu_case_sensitive": false}, "enabled": true, "insertion_order": 100,
                   "constant": false, "selective": false, "name": "stay", "comment": "stay", "case_sensitive": false,
                   "use_regex": false, "secondary_keys": [], "priority": 0}]},
              "tags": [], "creator": "", "character_version": "",
              "extensions": {"risuai": {"bias": [], "viewScreen": "none", "utilityBot": false,
                  "sdData": [["always", "solo"]], "customScripts": [], "backgroundHTML": "", "license": "",
                  "triggerscript": [], "additionalText": "", "virtualscript": "", "largePortrait": false,
                  "lorePlus": false, "inlayViewScreen": false,
                  "newGenData": {"prompt": "", "negative": "", "instructions": "", "emotionInstructions": ""}},
                "depth_prompt": {"depth": 0, "prompt": ""}},
              "group_only_greetings": [], "nickname": "", "source": [], "creation_date": 1764000000,
              "modification_date": 1764000500,
              "assets": [{"type": "icon", "uri": "ccdefault:", "name": "main", "ext": "png"}]}}
            """;

    /** chub.ai's V2 JSON: its extension block, nulls in the lorebook, two entries named alike. */
    static final String CHUB = """
            {"spec": "chara_card_v2", "spec_version": "2.0", "data": {
              "name": "Gus", "description": "Gus owns a food truck.", "personality": "gruff",
              "scenario": "Gus's card payment was taken twice.", "first_mes": "Yeah, hi. You charged me twice.",
              "mes_example": "{{char}}: Twice!", "creator_notes": "<p>Best with <b>patient</b> reps.</p>",
              "system_prompt": "", "post_history_instructions": "",
              "alternate_greetings": ["Is this {{user}}? You took my money twice."], "tags": ["Male", "OC"],
              "creator": "chub-user", "character_version": "main",
              "extensions": {"chub": {"id": 1234567, "preset": null, "full_path": "chub-user/gus-1234",
                  "extensions": [], "expressions": null, "alt_expressions": {}, "related_lorebooks": [],
                  "background_image": null},
                "fav": false, "world": "", "depth_prompt": {"role": "system", "depth": 4, "prompt": ""},
                "talkativeness": "0.5"},
              "character_book": {"name": "", "description": "", "scan_depth": null, "token_budget": null,
                "recursive_scanning": null, "extensions": {}, "entries": [
                  {"id": 0, "keys": ["truck"], "content": "The truck is his whole income.", "extensions": {},
                   "enabled": true, "insertion_order": 0, "case_sensitive": null, "name": "", "priority": null,
                   "comment": "", "selective": false, "secondary_keys": [], "constant": false, "position": "before_char"},
                  {"id": 1, "keys": ["kids", "family"], "content": "He has three kids.", "extensions": {},
                   "enabled": true, "insertion_order": 1, "case_sensitive": null, "name": "", "priority": null,
                   "comment": "", "selective": false, "secondary_keys": [], "constant": false, "position": "after_char"}]}}}
            """;

    @Test
    void aSillyTavernPng_comesBackFieldForField_inItsOwnPortrait_withItsPixelsUnchanged() throws Exception {
        // given SillyTavern's PNG: a picture of its own, the card as chara and as ccv3
        byte[] picture = picture(23, 31);
        ObjectNode v3 = (ObjectNode) JSON.readTree(SILLY_TAVERN);
        v3.put("spec", "chara_card_v3").put("spec_version", "3.0");
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("chara", b64(SILLY_TAVERN));
        chunks.put("ccv3", b64(v3.toString()));
        byte[] card = PngChunks.withTexts(picture, chunks);

        // when it is imported, saved unedited and exported again
        String id = importAndSave(card, "customer");
        byte[] exported = studio.server().getBytes("/api/coach/scenarios/" + id + "/card.png", TOKEN).body();

        // then the portrait is kept beside the scenario and the export is drawn on it, pixel for pixel
        assertTrue(Files.exists(studio.server().prompts().resolve("scenarios/" + id + ".png")));
        assertArrayEquals(idat(picture), idat(exported));
        assertSamePixels(picture, exported);
        // and both cards in it hold every field SillyTavern wrote, as it wrote them
        Map<String, String> texts = PngChunks.texts(exported);
        assertEveryField(JSON.readTree(SILLY_TAVERN), JSON.readTree(Base64.getDecoder().decode(texts.get("chara"))), "", true);
        assertEveryField(v3, JSON.readTree(Base64.getDecoder().decode(texts.get("ccv3"))), "", true);
    }

    @Test
    void aSillyTavernCard_keepsEmptyFields_lineEndings_macros_andTheLorebookInItsOrder() throws Exception {
        // when SillyTavern's card goes through Hotseat unedited, as V2 JSON
        String id = importAndSave(SILLY_TAVERN.getBytes(StandardCharsets.UTF_8), "customer");
        JsonNode back = export(id, "card.json?spec=v2");

        // then each field is what the card said: empty ones empty, \r\n kept, macros as macros
        JsonNode data = back.path("data");
        assertEquals("", data.path("personality").asText());
        assertEquals("", data.path("scenario").asText());
        assertEquals("{{char}} runs a flower shop.\r\nShe is tired of {{user}}'s firm losing her orders.\r\n",
                data.path("description").asText());
        assertEquals(List.of(3, 1, 7), ids(data.path("character_book").path("entries")));
        assertEquals("before_char", data.path("character_book").path("entries").get(0).path("position").asText());
        assertEquals(250, data.path("character_book").path("entries").get(0).path("insertion_order").asInt());
        assertEveryField(JSON.readTree(SILLY_TAVERN), back, "", true);
    }

    @Test
    void aRisuAiV3Png_withItsAssetChunk_comesBackFieldForField() throws Exception {
        // given RisuAI's PNG: V2 and V3 cards and an asset of its own in a tEXt chunk
        ObjectNode v2 = (ObjectNode) JSON.readTree(RISU);
        v2.put("spec", "chara_card_v2").put("spec_version", "2.0");
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("chara", b64(v2.toString()));
        chunks.put("ccv3", b64(RISU));
        chunks.put("chara-ext-asset_:0", b64("not really a picture"));
        byte[] card = PngChunks.withTexts(picture(12, 12), chunks);

        // when it is imported as an interview, saved and exported
        String id = importAndSave(card, "interview");
        byte[] exported = studio.server().getBytes("/api/coach/scenarios/" + id + "/card.png", TOKEN).body();

        // then Risu's asset chunk is still there and the V3 card holds every field Risu wrote, dates included
        Map<String, String> texts = PngChunks.texts(exported);
        assertEquals(b64("not really a picture"), texts.get("chara-ext-asset_:0"));
        assertEveryField(JSON.readTree(RISU), JSON.readTree(Base64.getDecoder().decode(texts.get("ccv3"))), "", true);
        assertEveryField(JSON.readTree(RISU), export(id, "card.json"), "", true);
    }

    @Test
    void aChubCard_withNullsAndUnnamedEntries_comesBackFieldForField() throws Exception {
        // when chub.ai's V2 JSON goes through Hotseat unedited
        String id = importAndSave(CHUB.getBytes(StandardCharsets.UTF_8), "customer");

        // then V2 and V3 exports hold every field chub wrote, nulls as nulls
        assertEveryField(JSON.readTree(CHUB), export(id, "card.json?spec=v2"), "", true);
        assertEveryField(JSON.readTree(CHUB).path("data"), export(id, "card.json").path("data"), "data", false);
    }

    @Test
    void anEditInHotseat_comesOutWithTheMacros_andOnlyTheEditedEntriesChange() throws Exception {
        // given SillyTavern's card imported
        JsonNode draft = importCard(SILLY_TAVERN.getBytes(StandardCharsets.UTF_8), "customer");
        ObjectNode header = (ObjectNode) CardImport.YAML.readTree(PromptDrafts.split(draft.path("text").asText()).header());
        String body = PromptDrafts.split(draft.path("text").asText()).body();

        // when a coach rewrites the situation, drops the wedding fact and adds one of their own
        header.put("situation", "Seraphina Vale calls the service rep about a lost delivery.");
        ArrayNode facts = (ArrayNode) header.path("hiddenFacts");
        facts.remove(0);
        ObjectNode added = facts.addObject();
        added.put("id", "van");
        added.put("text", "Seraphina Vale's van broke down too.");
        added.putArray("askedBy").add("van");
        String id = "seraphina-edited";
        header.put("id", id);
        save(id, "---\n" + CardImport.writeYaml(header) + "---\n" + body + "\n", null);
        JsonNode data = export(id, "card.json?spec=v2").path("data");

        // then the edit goes out with the macros, the untouched entries as they were, the new fact after them
        assertEquals("{{char}} calls {{user}} about a lost delivery.", data.path("scenario").asText());
        JsonNode entries = data.path("character_book").path("entries");
        assertEquals(List.of(1, 7, 8), ids(entries));
        assertEquals(JSON.readTree(SILLY_TAVERN).path("data").path("character_book").path("entries").get(2), entries.get(1));
        assertEquals("{{char}}'s van broke down too.", entries.get(2).path("content").asText());
        assertEquals("", data.path("personality").asText(), "an untouched empty field stays empty");
    }

    @Test
    void aPortrait_canBeReplaced_butOnlyByAPng_ofAtMost8MiB() throws Exception {
        // given a saved scenario from a card
        String id = importAndSave(CHUB.getBytes(StandardCharsets.UTF_8), "customer");
        byte[] mine = picture(5, 7);

        // when a coach uploads a GIF, 20 MB, and then a PNG
        HttpResponse<String> gif = upload(id, "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> huge = upload(id, new byte[20 * 1000 * 1000]);
        HttpResponse<String> png = upload(id, mine);

        // then the first two are refused with what to do, and the PNG becomes the card's picture
        assertEquals(400, gif.statusCode(), gif.body());
        assertEquals("bad-portrait", json(gif).path("error").asText());
        assertEquals(413, huge.statusCode(), huge.body());
        assertEquals("portrait-too-large", json(huge).path("error").asText());
        assertEquals(200, png.statusCode(), png.body());
        assertSamePixels(mine, studio.server().getBytes("/api/coach/scenarios/" + id + "/card.png", TOKEN).body());
    }

    @Test
    void cardsNestedTooDeep_withAVeryLongKeyOrNumber_areRefusedWithWhere_andNoLibraryName() {
        Map<String, String> uploads = new LinkedHashMap<>();
        uploads.put("nested more than 64 levels", "{\"name\":\"x\",\"a\":" + "[".repeat(500) + "]".repeat(500) + "}");
        uploads.put("field name longer than 256", "{\"name\":\"x\",\"" + "k".repeat(5000) + "\":1}");
        uploads.put("number longer than 64 digits", "{\"name\":\"x\",\"n\":" + "9".repeat(5000) + "}");
        for (var upload : uploads.entrySet()) {
            // when each is uploaded as a card
            HttpResponse<String> r = studio.server().postBytes("/api/coach/cards",
                    upload.getValue().getBytes(StandardCharsets.UTF_8), TOKEN);

            // then it is a 400 that says what and where, in words of the card, not of the JSON library
            assertEquals(400, r.statusCode(), upload.getKey() + ": " + r.body());
            String message = json(r).path("message").asText();
            assertTrue(message.contains(upload.getKey()) && message.contains("line 1, column"), message);
            assertFalse(r.body().matches("(?s).*(jackson|Jackson|StreamReadConstraints|com\\.fasterxml).*"), r.body());
        }
    }

    @Test
    void aDraftFromAPathLikeTemplate_isRefusedBeforeAnythingIsRead() {
        // when a draft names a template that is a path
        HttpResponse<String> r = studio.server().post("/api/coach/drafts",
                "{\"id\":\"sneaky\",\"from\":\"template:../../x\"}", TOKEN);

        // then it is a 400 naming the templates there are
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("bad-message", json(r).path("error").asText());
        assertTrue(json(r).path("message").asText().contains("template:customer"), r.body());
    }

    // ---- steps

    private static JsonNode importCard(byte[] card, String mode) {
        HttpResponse<String> r = studio.server().postBytes("/api/coach/cards?mode=" + mode, card, TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    /** Imports a card and saves the draft as it came (under an id of its own), with its portrait; returns the id. */
    private static String importAndSave(byte[] card, String mode) {
        JsonNode draft = importCard(card, mode);
        String id = draft.path("id").asText() + "-" + SAVED.incrementAndGet();
        save(id, StudioRoutes.withId(draft.path("text").asText(), id),
                draft.path("portrait").isTextual() ? draft.path("portrait").asText() : null);
        return id;
    }

    private static void save(String id, String text, String portrait) {
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/" + id, "{\"text\":" + quote(text)
                + ",\"base\":\"none\",\"author\":\"test\"" + (portrait == null ? "" : ",\"portrait\":" + quote(portrait)) + "}",
                TOKEN);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonNode export(String id, String route) throws Exception {
        HttpResponse<byte[]> r = studio.server().getBytes("/api/coach/scenarios/" + id + "/" + route, TOKEN);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> upload(String id, byte[] body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + studio.server().port() + "/api/coach/scenarios/" + id + "/portrait"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "image/png").expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    // ---- checks

    /**
     * Every field of {@code before} is in {@code after} with the same value, at any depth; arrays keep their length
     * and order. {@code after} may have more (Hotseat's own extension, the V3 fields a V2 card lacked).
     */
    static void assertEveryField(JsonNode before, JsonNode after, String path, boolean sameSpec) {
        if (before.isObject()) {
            assertTrue(after.isObject(), path + " is no longer an object: " + after);
            before.properties().forEach(f -> {
                String at = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (!sameSpec && (at.equals("spec") || at.equals("spec_version"))) {
                    return;
                }
                assertTrue(after.has(f.getKey()), at + " is missing after the round trip");
                assertEveryField(f.getValue(), after.get(f.getKey()), at, sameSpec);
            });
        } else if (before.isArray()) {
            assertEquals(before.size(), after.size(), path + " has " + after.size() + " items: " + after);
            for (int i = 0; i < before.size(); i++) {
                assertEveryField(before.get(i), after.get(i), path + "[" + i + "]", sameSpec);
            }
        } else {
            assertEquals(before, after, path);
        }
    }

    private static List<Integer> ids(JsonNode entries) {
        List<Integer> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("id").asInt()));
        return out;
    }

    /** A picture with a different colour in every pixel, so any re-encoding would show. */
    private static byte[] picture(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 37 + y * 101) << 8 | 0x80000000 | (x ^ y) & 0xff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertSamePixels(byte[] expected, byte[] actual) throws Exception {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(expected));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(actual));
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    /** The image data chunks, joined: equal when the picture was not encoded again. */
    private static byte[] idat(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (new String(png, at + 4, 4, StandardCharsets.ISO_8859_1).equals("IDAT")) {
                out.write(png, at + 8, length);
            }
            at += length + 12;
        }
        return out.toByteArray();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

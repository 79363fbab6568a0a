package dev.hotseat.studio;

import static dev.hotseat.studio.StudioServer.TOKEN;
import static dev.hotseat.studio.StudioServer.json;
import static dev.hotseat.studio.StudioServer.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptDrafts;
import dev.hotseat.persona.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Character Cards in the shapes other tools write (V1 flat fields, V2 with a lorebook, V3 with assets) imported
 * into scenario drafts, exported as V2, V3 and PNG, and round-tripped; and every bad upload refused with where.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CharacterCardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.routes();

    static final String V1 = """
            {"name": "Marge", "description": "Marge runs the corner bakery and hates being kept waiting.",
             "personality": "blunt, warm underneath",
             "scenario": "Marge is calling because her wedding cake order went to the wrong venue. She needs it fixed today.",
             "first_mes": "*sighs* Hello? I've been on hold for forty minutes. Is that {{user}}?",
             "mes_example": "<START>\\n{{user}}: Hi\\n{{char}}: Don't 'hi' me. Where is my cake?",
             "avatar": "none", "chat": "Marge - 2023-5-1", "create_date": "2023-5-1 @12h 00m",
             "talkativeness": "0.5", "fav": false}
            """;

    static final String V2 = """
            {"spec": "chara_card_v2", "spec_version": "2.0", "data": {
              "name": "Theo Brandt", "description": "{{char}} is a graphic designer whose new laptop died in a week.",
              "personality": "precise, impatient, sarcastic when ignored",
              "scenario": "Theo is calling the shop because the laptop he bought died after a week.",
              "first_mes": "Hi. My laptop, bought eight days ago, won't switch on. I'd like to know what you'll do.",
              "mes_example": "", "creator_notes": "Coach note: use with new starters only. SECRET-NOTE-42",
              "system_prompt": "", "post_history_instructions": "",
              "alternate_greetings": ["Yes, hello. The laptop you sold me is a brick."],
              "character_book": {"name": "Theo's lore", "description": "", "scan_depth": 4, "token_budget": 512,
                "recursive_scanning": false, "extensions": {},
                "entries": [
                  {"keys": ["daughter", "birthday", "for"], "content": "It was a present for my daughter's birthday on Sunday.",
                   "extensions": {"position": 0}, "enabled": true, "insertion_order": 100, "case_sensitive": false,
                   "name": "birthday", "priority": 10, "id": 0, "comment": "birthday", "selective": false,
                   "secondary_keys": [], "constant": false, "position": "before_char"},
                  {"keys": ["work", "deadline"], "content": "I've a client deadline on Monday and all my files are on it.",
                   "extensions": {}, "enabled": true, "insertion_order": 100, "name": "", "comment": "deadline", "id": 1}
                ]},
              "tags": ["support", "laptop"], "creator": "someone", "character_version": "1.2",
              "extensions": {"talkativeness": "0.5", "fav": false, "world": "Theo's lore",
                             "depth_prompt": {"prompt": "", "depth": 4, "role": "system"}}},
             "name": "Theo Brandt", "first_mes": "Hi. (top-level copy, as SillyTavern writes it)"}
            """;

    static final String V3 = """
            {"spec": "chara_card_v3", "spec_version": "3.0", "data": {
              "name": "Priya Raman", "description": "{{char}} leads a support team and interviews candidates.",
              "scenario": "A job interview for a customer service role.",
              "first_mes": "Hello, thanks for coming in. Shall we begin?",
              "mes_example": "<START>\\n{{char}}: Lovely, thank you.", "creator_notes": "", "tags": [],
              "assets": [{"type": "icon", "uri": "embeded://assets/icon.png", "name": "main", "ext": "png"},
                         {"type": "background", "uri": "https://example.invalid/bg.png", "name": "bg", "ext": "png"}],
              "nickname": "Priya", "creator_notes_multilingual": {"fr": "Notes en français"},
              "source": ["https://example.invalid/card"], "group_only_greetings": [],
              "creation_date": 1700000000, "modification_date": 1700000500,
              "extensions": {"chub": {"id": 12345}}},
             "personality": "kind, unhurried (a V1 field at the top: V3 falls back to it)"}
            """;

    private static JsonNode importCard(byte[] body, String mode) {
        HttpResponse<String> r = studio.server().postBytes("/api/coach/cards" + (mode == null ? "" : "?mode=" + mode), body, TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static JsonNode header(String text) throws Exception {
        return CardImport.YAML.readTree(PromptDrafts.split(text).header());
    }

    private static Scenario scenario(String id, String text) {
        PromptDrafts.ScenarioDraft draft = new PromptDrafts(new FilePromptLibrary(studio.server().prompts())).scenario(id, text);
        assertNotNull(draft.scenario(), draft.problems().toString());
        return draft.scenario();
    }

    private static void save(String id, String text) {
        HttpResponse<String> r = studio.server().post("/api/coach/scenarios/" + id, "{\"text\":" + quote(text)
                + ",\"base\":\"none\",\"author\":\"test\"}", TOKEN);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static byte[] png(Map<String, String> chunks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return PngChunks.withTexts(out.toByteArray(), chunks);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aV1Card_withFlatFieldsOnly_becomesACustomerDraft_thatLoadsAndKeepsTheRest() throws Exception {
        // when an old-style card (no spec, flat fields) is imported
        JsonNode draft = importCard(V1.getBytes(StandardCharsets.UTF_8), null);

        // then it is a customer draft: name, voice, situation, opening and example lines mapped, the rest kept
        assertEquals("v1", draft.path("spec").asText());
        assertEquals("marge", draft.path("id").asText());
        assertEquals(List.of(), draft.path("problems").findValuesAsText("message"), draft.toString());
        Scenario s = scenario("marge", draft.path("text").asText());
        assertEquals("Marge", s.persona().name());
        assertEquals("blunt, warm underneath", s.persona().voice());
        assertTrue(s.situation().startsWith("Marge is calling"), s.situation());
        assertEquals("*sighs* Hello? I've been on hold for forty minutes. Is that you?", s.lines().get("opening").getFirst());
        assertTrue(s.lines().get("press").contains("Don't 'hi' me. Where is my cake?"), s.lines().toString());
        assertEquals("Marge runs the corner bakery and hates being kept waiting.", s.instructions());
        JsonNode keep = header(draft.path("text").asText()).path("card").path("keep").path("data");
        assertEquals("0.5", keep.path("talkativeness").asText());
        assertEquals("Marge - 2023-5-1", keep.path("chat").asText());
    }

    @Test
    void aV2CardWithALorebook_givesHiddenFactsUncoveredByItsKeys_andItsNotesNeverReachTheScenario() throws Exception {
        // when a SillyTavern-style V2 card with a lorebook is imported
        JsonNode draft = importCard(V2.getBytes(StandardCharsets.UTF_8), "customer");
        String text = draft.path("text").asText();

        // then each lorebook entry is a hidden fact uncovered by its keys, and the notes stay coach-only
        Scenario s = scenario("theo-brandt", text);
        assertEquals(2, s.hiddenFacts().size());
        assertEquals("birthday", s.hiddenFacts().get(0).id());
        assertEquals(List.of("daughter", "birthday", "for"), s.hiddenFacts().get(0).askedBy());
        assertEquals("deadline", s.hiddenFacts().get(1).id());
        assertEquals(List.of("Hi. My laptop, bought eight days ago, won't switch on. I'd like to know what you'll do.",
                "Yes, hello. The laptop you sold me is a brick."), s.lines().get("opening"));
        JsonNode card = header(text).path("card");
        assertEquals("Coach note: use with new starters only. SECRET-NOTE-42", card.path("notes").asText());
        assertEquals(List.of("support", "laptop"), JSON.convertValue(card.path("tags"), List.class));
        assertEquals("system", card.path("extensions").path("depth_prompt").path("role").asText());
        assertFalse(s.toString().contains("SECRET-NOTE-42"), "creator_notes must never reach what engines read");
        assertTrue(s.instructions().startsWith("Theo Brandt is a graphic designer") || s.instructions().startsWith("{{char}}"),
                s.instructions());
    }

    @Test
    void aV3CardWithAssets_inAPngWithBothChunks_isReadFromCcv3_andFallsBackToV1Fields() throws Exception {
        // given a PNG whose chara chunk holds an older V2 card and whose ccv3 chunk holds the V3 one
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("chara", b64(V2));
        chunks.put("ccv3", b64(V3));

        // when it is imported as an interview
        JsonNode draft = importCard(png(chunks), "interview");

        // then the V3 card was used, its missing personality came from the top-level V1 field, assets are kept
        assertEquals("v3", draft.path("spec").asText());
        assertEquals("priya-raman", draft.path("id").asText());
        Scenario s = scenario("priya-raman", draft.path("text").asText());
        assertEquals("Priya Raman", s.persona().name());
        assertEquals("kind, unhurried (a V1 field at the top: V3 falls back to it)", s.persona().voice());
        assertEquals("interview", s.mode().wire());
        JsonNode keep = header(draft.path("text").asText()).path("card").path("keep").path("data");
        assertEquals("https://example.invalid/bg.png", keep.path("assets").get(1).path("uri").asText());
        assertEquals("Notes en français", keep.path("creator_notes_multilingual").path("fr").asText());
    }

    @Test
    void aShippedScenario_roundTripsThroughV2Json_V3Json_andPng_withNothingLost() throws Exception {
        String original = Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md"));
        for (String route : List.of("card.json?spec=v2", "card.json", "card.png")) {
            // when the scenario is exported and the card imported again
            HttpResponse<byte[]> exported = studio.server().getBytes("/api/coach/scenarios/late-parcel/" + route, TOKEN);
            assertEquals(200, exported.statusCode(), route);
            JsonNode back = importCard(exported.body(), null);

            // then the header and the persona instructions are exactly the scenario's own
            assertEquals(header(original), header(back.path("text").asText()), route);
            assertEquals(PromptDrafts.split(original).body(), PromptDrafts.split(back.path("text").asText()).body(), route);
            assertEquals("late-parcel", back.path("id").asText());
        }
    }

    @Test
    void anImportedCard_savedAndExported_keepsItsUnknownExtensionsAndHotseatFields_throughJsonAndPng() throws Exception {
        // given a V2 card imported and saved as a scenario
        JsonNode draft = importCard(V2.getBytes(StandardCharsets.UTF_8), "customer");
        String id = "theo-roundtrip";
        String text = StudioRoutes.withId(draft.path("text").asText(), id);
        save(id, text);

        for (String route : List.of("card.json?spec=v2", "card.json", "card.png")) {
            // when it is exported and imported again
            HttpResponse<byte[]> exported = studio.server().getBytes("/api/coach/scenarios/" + id + "/" + route, TOKEN);
            assertEquals(200, exported.statusCode(), route);
            JsonNode back = importCard(exported.body(), null);

            // then every Hotseat field and the card's own extras are as saved
            assertEquals(header(text), header(back.path("text").asText()), route);
        }
        // and other tools see the character, the lorebook and the unknown extensions in the usual places
        JsonNode v2 = JSON.readTree(studio.server().get("/api/coach/scenarios/" + id + "/card.json?spec=v2", TOKEN).body());
        assertEquals("chara_card_v2", v2.path("spec").asText());
        assertEquals("Theo Brandt", v2.path("data").path("name").asText());
        assertEquals("Coach note: use with new starters only. SECRET-NOTE-42", v2.path("data").path("creator_notes").asText());
        assertEquals(List.of("daughter", "birthday", "for"),
                JSON.convertValue(v2.path("data").path("character_book").path("entries").get(0).path("keys"), List.class));
        assertEquals(4, v2.path("data").path("extensions").path("depth_prompt").path("depth").asInt());
        assertEquals(id, v2.path("data").path("extensions").path("hotseat").path("header").path("id").asText());
    }

    @Test
    void theExportedPng_isARealImage_carryingV2AndV3AsPlainTextChunks() throws Exception {
        // when a scenario is exported as PNG
        byte[] png = studio.server().getBytes("/api/coach/scenarios/late-parcel/card.png", TOKEN).body();

        // then the JDK reads it as an image, and both cards are tEXt chunks (never zTXt) holding base64 JSON
        assertNotNull(ImageIO.read(new ByteArrayInputStream(png)));
        List<String> types = chunkTypes(png);
        assertFalse(types.contains("zTXt"), types.toString());
        Map<String, String> texts = PngChunks.texts(png);
        JsonNode v2 = JSON.readTree(Base64.getDecoder().decode(texts.get("chara")));
        JsonNode v3 = JSON.readTree(Base64.getDecoder().decode(texts.get("ccv3")));
        assertEquals("chara_card_v2", v2.path("spec").asText());
        assertEquals("chara_card_v3", v3.path("spec").asText());
        assertEquals("Dana", v3.path("data").path("name").asText());
        assertEquals("icon", v3.path("data").path("assets").get(0).path("type").asText());
    }

    @Test
    void cardFieldsHoldingMarkupOrScript_areKeptAsText() throws Exception {
        // given a card whose fields hold markup and script
        ObjectNode card = (ObjectNode) JSON.readTree(V1);
        card.put("name", "<script>alert(1)</script>");
        card.put("personality", "<img src=x onerror=alert(2)>");
        card.put("first_mes", "Hello <b>there</b> \"quoted\": {{user}}");

        // when it is imported
        JsonNode draft = importCard(JSON.writeValueAsBytes(card), "customer");

        // then the text is exactly what the card said, as plain strings, and the id holds none of it
        Scenario s = scenario(draft.path("id").asText(), draft.path("text").asText());
        assertEquals("<script>alert(1)</script>", s.persona().name());
        assertEquals("<img src=x onerror=alert(2)>", s.persona().voice());
        assertEquals("Hello <b>there</b> \"quoted\": you", s.lines().get("opening").getFirst());
        assertEquals("script-alert-1-script", draft.path("id").asText());
    }

    @Test
    void aCardWhoseNameClashes_isADraftThatSaysSo_andSavingItCannotOverwrite() throws Exception {
        // given a card named like a shipped scenario
        ObjectNode card = (ObjectNode) JSON.readTree(V1);
        card.put("name", "Late Parcel");
        String before = Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md"));

        // when it is imported and the draft saved as a new file
        JsonNode draft = importCard(JSON.writeValueAsBytes(card), null);
        HttpResponse<String> saved = studio.server().post("/api/coach/scenarios/late-parcel", "{\"text\":"
                + quote(draft.path("text").asText()) + ",\"base\":\"none\"}", TOKEN);

        // then the draft warns of the clash, the save is refused and the shipped file is untouched
        assertTrue(draft.path("notes").toString().contains("already exists"), draft.toString());
        assertEquals(409, saved.statusCode(), saved.body());
        assertEquals("id-taken", json(saved).path("error").asText());
        assertEquals(before, Files.readString(studio.server().prompts().resolve("scenarios/late-parcel.md")));
    }

    @Test
    void everyBadUpload_getsAClearErrorWithWhere_andNothingIsSaved() throws Exception {
        List<String> filesBefore = scenarioFiles();
        byte[] exported = studio.server().getBytes("/api/coach/scenarios/late-parcel/card.png", TOKEN).body();
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("tEXt chunk 'chara' or 'ccv3'", png(Map.of("Software", "a drawing program")));
        uploads.put("truncated", Arrays.copyOf(exported, exported.length / 2));
        uploads.put("'ccv3' is not valid JSON", png(Map.of("ccv3", b64("this is not json"))));
        uploads.put("'chara' is not base64", png(Map.of("chara", "%%% not base64 %%%")));
        uploads.put("neither a PNG nor JSON", "GIF89a".getBytes(StandardCharsets.US_ASCII));
        uploads.put("not a Character Card", "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));
        uploads.put("the JSON upload is not valid JSON", "{\"name\": \"Half".getBytes(StandardCharsets.UTF_8));
        for (var upload : uploads.entrySet()) {
            // when the upload is sent
            HttpResponse<String> r = studio.server().postBytes("/api/coach/cards", upload.getValue(), TOKEN);

            // then it is refused with a message saying where the problem is
            assertEquals(400, r.statusCode(), upload.getKey() + ": " + r.body());
            assertEquals("bad-card", json(r).path("error").asText(), r.body());
            assertTrue(json(r).path("message").asText().contains(upload.getKey()), upload.getKey() + ": " + r.body());
        }
        assertEquals(filesBefore, scenarioFiles());
    }

    @Test
    void aTenMegabyteUpload_isRefusedWith413_andTheServerStillAnswers() {
        // when a coach uploads 10 MB
        byte[] big = new byte[10 * 1000 * 1000];
        big[0] = '{';
        HttpResponse<String> r = studio.server().postBytes("/api/coach/cards", big, TOKEN);

        // then it is refused as too large, with the limit, and the server goes on serving
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("card-too-large", json(r).path("error").asText(), r.body());
        assertTrue(json(r).path("message").asText().contains("8 MiB"), r.body());
        assertEquals(200, studio.server().get("/api/coach/prompts", TOKEN).statusCode());
        // and other routes keep the 64 KiB cap (asking first, as curl does for big bodies: a client that streams a
        // refused body may find the connection closed before it reads the answer, which is HTTP/1.1, not the server)
        HttpResponse<String> evaluate = studio.server().postBytes("/api/evaluate",
                ("{\"reply\":\"" + "x".repeat(70_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
                "application/json");
        assertEquals(413, evaluate.statusCode(), evaluate.body());
    }

    @Test
    void aTenMegabyteUpload_sentWithoutALength_isCutOffAt8MiB_andRefusedWith413() throws Exception {
        // when 10 MB arrive chunked, with no Content-Length to refuse them by
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + studio.server().port() + "/api/coach/cards"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[10 * 1000 * 1000])))
                .build();
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // then the server read at most 8 MiB and refused it
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("card-too-large", json(r).path("error").asText(), r.body());
        assertEquals(200, studio.server().get("/api/coach/prompts", TOKEN).statusCode());
    }

    private static List<String> scenarioFiles() throws Exception {
        try (Stream<Path> files = Files.list(studio.server().prompts().resolve("scenarios"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            types.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += length + 12;
        }
        return types;
    }
}

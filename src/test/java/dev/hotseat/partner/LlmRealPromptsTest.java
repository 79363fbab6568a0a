package dev.hotseat.partner;

import static dev.hotseat.testing.LlmFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.LlmEvaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.testing.Answer;
import dev.hotseat.testing.FakeModelServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The language-model engines with the real pieces around them: real prompt files (scenario, rubric, templates: the
 * frozen library in src/test/resources/fixture-library), the scenario director and the offline rubric evaluator;
 * only the model is a fake server.
 */
@Timeout(30)
class LlmRealPromptsTest {

    private static PromptLibrary library;
    private static RubricEvaluator offline;
    private final FakeModelServer server = FakeModelServer.openAi();

    @BeforeAll
    static void load() {
        library = SharedEvaluator.library();
        // These tests are about the model engines; a prompt folder that does not load is the loader's tests' job.
        assertTrue(library.scenarios().stream().anyMatch(s -> s.id().equals("late-parcel")),
                () -> "fixture-library/ does not load: " + library.problems());
        offline = SharedEvaluator.evaluator();
    }

    @AfterAll
    static void release() {
        library = null;
        offline = null;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PartnerLine reply(PartnerRequest request) {
        var partner = new LlmPartner(new LanguageModels(settings(ModelSettings.Provider.OPENAI, server.baseUrl())),
                new ScenarioDirector(), library);
        return partner.reply(request, delta -> { });
    }

    @Test
    void openingLine_rendersTheRealPersonaTemplateWithTheScenario() {
        // given
        Scenario scenario = library.scenario("late-parcel");
        server.always(Answer.text("Order 4417. Paid for next day. Where is it?"));
        // when
        PartnerLine line = reply(new PartnerRequest(scenario, List.of(), null, null));
        // then
        String system = server.lastBody().path("messages").get(0).path("content").asText();
        assertEquals("opening", line.move());
        assertTrue(system.contains("You are Dana, a customer who paid for next-day delivery"), system);
        assertTrue(system.contains("order: order 4417"), system);
        assertTrue(system.contains("Open the conversation as Dana"), "the director's intent: " + system);
        assertTrue(system.contains("sister's wedding cake. The wedding is tomorrow at noon.\" — keep this back")
                || system.contains("The wedding is tomorrow at noon. — keep this back"), system);
        assertFalse(system.contains("{{"), system);
        assertFalse(system.contains("---"), "the YAML header is not sent");
    }

    @Test
    void rightQuestion_makesTheModelRevealTheHiddenFact() {
        // given
        Scenario scenario = library.scenario("late-parcel");
        server.always(Answer.text("It's for my sister's wedding. Tomorrow."));
        PartnerLine opening = reply(new PartnerRequest(scenario, List.of(), null, null));
        List<Turn> history = new ArrayList<>(List.of(Turn.partner(0, opening.text(), opening.mood(), opening.move())));
        String question = "I'm sorry it hasn't arrived. What do you need it for?";
        Grade findings = offline.grade(new Exchange(scenario.mode(), opening.text(), question, scenario));
        history.add(Turn.learner(1, question));
        // when
        PartnerLine line = reply(new PartnerRequest(scenario, history, findings, opening.mood()));
        // then
        assertEquals("reveal:event", line.move());
        String system = server.lastBody().path("messages").get(0).path("content").asText();
        assertTrue(system.contains("TELL THIS NOW"), system);
    }

    @Test
    void judge_getsEveryCriterionOfTheRealRubric_andKeepsOnlyVerbatimEvidence() {
        // given
        Scenario scenario = library.scenario("late-parcel");
        String reply = "That sounds really stressful. What do you need it for?";
        Exchange exchange = new Exchange(scenario.mode(), "Where is my parcel?", reply, scenario);
        List<String> ids = library.rubric("customer").criteria().stream().map(Criterion::id).toList();
        server.always(Answer.text("{\"criteria\":[{\"id\":\"empathy\",\"detected\":true,"
                + "\"evidence\":\"That sounds really stressful.\",\"reason\":\"Names the stress.\",\"tip\":\"Good.\"},"
                + "{\"id\":\"solution\",\"detected\":true,\"evidence\":\"I will courier it today\",\"reason\":\"r\","
                + "\"tip\":\"t\"}],\"summary\":\"Warm start.\",\"rewrite\":\"" + reply + "\","
                + "\"addressed_to_grader\":false}"));
        var judge = new LanguageModels(settings(ModelSettings.Provider.OPENAI, server.baseUrl())).judge();
        // when
        Grade grade = new LlmEvaluator(judge, offline, library).grade(exchange);
        // then
        JsonNode schemaIds = server.lastBody().path("response_format").path("json_schema").path("schema")
                .path("properties").path("criteria").path("items").path("properties").path("id").path("enum");
        List<String> sent = new ArrayList<>();
        schemaIds.forEach(n -> sent.add(n.asText()));
        assertEquals(ids, sent);
        assertEquals("llm", grade.source());
        assertTrue(grade.detected("empathy"));
        assertFalse(grade.detected("solution"), "invented evidence is ignored");
        assertEquals(ids.size(), grade.criteria().size());
    }
}

package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The partner's words read from default-lines.yaml and intents.yaml: complete, and every gap filled. */
class BundledWordsTest {
    private final Scenario parcel = SharedEvaluator.library().scenario("late-parcel");

    @Test
    void everyIntentWithAScenario_hasItsGapsFilled_fromTheScenarioAndWhatWasSaid() {
        // given what a move can say besides the scenario
        Map<String, String> said = Map.of("mood", "furious", "fact", "It was a gift.", "told", "order 4411",
                "ref", "order 4411", "promised", "a refund today", "anger", "being told to calm down", "said", "ok");

        // when every intent in the file is filled for the late parcel
        Map<String, String> texts = BundledYaml.texts("intents.yaml");
        for (String move : texts.keySet()) {
            String intent = Intents.of(move, parcel, said);

            // then no gap is left, and what the scenario wants is named where the file asks for it
            assertFalse(intent.matches(".*\\{\\w+}.*"), move + ": " + intent);
            assertEquals(texts.get(move).contains("{wants}"), intent.contains(parcel.wants().text()), move);
        }
    }

    @Test
    void anUnknownIntent_isRefused_namingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Intents.of("sulk"));

        assertTrue(e.getMessage().contains("'sulk'") && e.getMessage().contains("blame"), e.getMessage());
    }

    @Test
    void aGapNothingFills_isRefused_ratherThanSentAsBraces() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Intents.of("promise"));

        assertTrue(e.getMessage().contains("{promised}"), e.getMessage());
    }

    @Test
    void defaultLines_comeInEverySection_andAStyleWithoutLinesFallsBackToFriendly() {
        Map<String, Map<String, List<String>>> all = BundledYaml.lineGroups("default-lines.yaml");

        assertEquals(List.of("acknowledgements", "customer", "customer:blunt", "customer:courteous", "customer:shaken",
                "interview", "voices"), all.keySet().stream().sorted().toList());
        for (String register : DefaultLines.voiceWords().keySet()) {
            for (String group : List.of("warn:leave", "warn:manager", "manager", "walk-out", "complaint", "anger")) {
                assertFalse(all.get("customer:" + register).getOrDefault(group, List.of()).isEmpty(),
                        register + " " + group);
            }
        }
        assertTrue(DefaultLines.customer("warn:manager").size() >= 2);
        assertEquals(DefaultLines.acknowledgements("warm"), DefaultLines.acknowledgements("gruff"));
        assertEquals(DefaultLines.interview("probe", "warm"), DefaultLines.interview("probe", "gruff"));
        assertEquals(DefaultLines.interview("probe", "friendly"), DefaultLines.interview("probe", "warm"));
        for (String style : List.of("friendly", "strict", "rapid-fire", "hostile")) {
            for (String group : List.of("ack-neutral", "probe", "nudge", "assumption", "end-early",
                    "challenge:overpromise", "challenge:passoff", "challenge:buzzwords", "followUp:reaction",
                    "followUp:differently")) {
                assertFalse(DefaultLines.interview(group, style).isEmpty(), style + " " + group);
            }
        }
    }
}

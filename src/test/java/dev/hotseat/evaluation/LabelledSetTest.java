package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.persona.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties that hold for every reply in our labelled set (src/test/resources/labelled). */
class LabelledSetTest {

    private static List<JsonNode> items() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> items = new ArrayList<>();
        for (String mode : new String[] {"customer", "interview"}) {
            Path file = SharedEvaluator.projectRoot().resolve("src/test/resources/labelled/" + mode + ".jsonl");
            for (String line : Files.readAllLines(file)) {
                items.add(json.readTree(line));
            }
        }
        return items;
    }

    /** The item as the evaluator sees it, with the learner's earlier replies when it has them. */
    static Exchange exchange(JsonNode item) {
        List<String> earlier = new ArrayList<>();
        item.path("earlier").forEach(e -> earlier.add(e.asText()));
        return new Exchange(Mode.of(item.get("mode").asText()), item.get("context").asText(), item.get("reply").asText(),
                null, earlier, List.of());
    }

    static List<JsonNode> labelled() throws IOException {
        return items();
    }

    @Test
    void everyDetection_quotesAVerbatimSubstringOfTheReply() throws IOException {
        for (JsonNode item : items()) {
            String reply = item.get("reply").asText();
            Grade grade = SharedEvaluator.evaluator().grade(exchange(item));
            for (CriterionResult c : grade.criteria()) {
                if (c.detected()) {
                    assertTrue(!c.evidence().isEmpty() && reply.contains(c.evidence()),
                            item.get("id").asText() + " " + c.id() + ": '" + c.evidence() + "'");
                } else {
                    assertEquals("", c.evidence());
                }
            }
        }
    }

    @Test
    void everyItem_isLabelledForEveryCriterionOfItsRubric_andHasOneFixedSplit() throws IOException {
        for (JsonNode item : items()) {
            Rubric rubric = SharedEvaluator.library().rubric(Mode.of(item.get("mode").asText()));
            for (Criterion c : rubric.criteria()) {
                assertTrue(item.get("labels").has(c.id()), item.get("id").asText() + " lacks " + c.id());
            }
            assertTrue(List.of("tune", "heldout").contains(item.get("split").asText()));
        }
    }

    @Test
    void labelledSet_isBigEnough() throws IOException {
        List<JsonNode> items = items();
        assertTrue(items.stream().filter(i -> i.get("mode").asText().equals("customer")).count() >= 600);
        assertTrue(items.stream().filter(i -> i.get("mode").asText().equals("interview")).count() >= 300);
    }

    @Test
    void everyNamedAdversarialCategory_isInTheSet_onBothSidesOfTheSplit() throws IOException {
        List<JsonNode> items = items();
        for (String category : List.of("negation", "sarcasm", "stock-phrases", "repeats", "blame-mixed", "policy-speak",
                "passive-blame", "rhetorical-questions", "past-tense-star", "star-labels-empty", "non-english", "very-long")) {
            for (String split : List.of("tune", "heldout")) {
                assertTrue(items.stream().anyMatch(i -> i.path("category").asText().equals(category)
                        && i.get("split").asText().equals(split)), category + " has no " + split + " item");
            }
        }
    }
}

package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.TestPrompts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach adds a criterion the reader was never trained on, with a few examples, in the rubric file: it is graded,
 * scored in its role and tipped, with no Java change; and a coach's example overrules the reader for words like it.
 */
class CoachCriterionTest {

    @TempDir
    Path dir;

    private static final String THANKS = """
              - id: thanks
                polarity: positive
                role: heard
                weight: 10
                name: Thanking them
                description: Thanks the customer for their patience or for raising it.
                why: Thanks for their time turns a complaint into a conversation.
                tip: Thank them for their patience.
                example: Thanks for bearing with me while I sort this out.
                examples:
                  - Thanks for bearing with me while I sort this out.
                  - Thank you for your patience on this.
                notExamples:
                  - Thanks, but there's nothing I can do.
            """;

    private RubricEvaluator evaluatorWith(String rubricEdit) {
        Path prompts = TestPrompts.copyOfLibrary(dir);
        if (!rubricEdit.isEmpty()) {
            TestPrompts.edit(prompts, "rubrics/customer.md", "criteria:\n", "criteria:\n" + rubricEdit);
        }
        FilePromptLibrary library = new FilePromptLibrary(prompts);
        assertEquals(java.util.List.of(), library.problems());
        return SharedEvaluator.evaluator().over(library);
    }

    @Test
    void aNewCriterion_withExamplesOnly_isGradedScoredAndTipped() {
        RubricEvaluator evaluator = evaluatorWith(THANKS);
        String context = "My parcel still hasn't come!";

        Grade with = evaluator.grade(new Exchange(Mode.CUSTOMER, context,
                "Thanks for bearing with me while I sort this out.", null));
        Grade without = evaluator.grade(new Exchange(Mode.CUSTOMER, context, "Right.", null));

        CriterionResult thanks = with.criterion("thanks").orElseThrow();
        assertTrue(thanks.detected(), with.toString());
        assertEquals("Thanks for bearing with me while I sort this out.", thanks.evidence());
        assertEquals("Thanking them", thanks.name());
        assertTrue(with.score() > without.score(), with.score() + " vs " + without.score());
        CriterionResult missing = without.criterion("thanks").orElseThrow();
        assertFalse(missing.detected());
        assertTrue(missing.tip().contains("Thank them for their patience"), missing.tip());
    }

    @Test
    void aCoachsExample_overrulesTheReader_forTheSameWords() {
        String reply = "I'm refunding the duplicate £29 today.";
        Exchange exchange = new Exchange(Mode.CUSTOMER, "I've been charged twice!", reply, null);
        assertTrue(SharedEvaluator.evaluator().grade(exchange).detected("solution"),
                "the reader alone reads a refund made today as a solution");

        RubricEvaluator taught = evaluatorWith("");
        TestPrompts.edit(dir.resolve("prompts"), "rubrics/customer.md", "    notExamples:\n      - I'll see what I can do.",
                "    notExamples:\n      - I'm refunding the duplicate £29 today.\n      - I'll see what I can do.");
        taught = taught.over(new FilePromptLibrary(dir.resolve("prompts")));

        assertFalse(taught.grade(exchange).detected("solution"), "a coach said these words are not a solution");
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hard cases the trained reader gets right, graded with the fixture rubric. Classic cases it still misses ("sorry you
 * feel that way", "sorry, but that's policy", sarcasm, a bare "I can't help with that") are listed, with why, in
 * docs/evaluator.md ("Known misses"): a test cannot pin a learned reader to one sentence; the corpus has to teach it.
 */
class RubricEvaluatorTest {

    private static final String LATE = "My order #4471 still hasn't arrived and I needed it for my daughter's party on Saturday!";
    private static final String CHARGED = "You charged me twice for the same booking. I want my money back today.";

    private static Grade grade(String context, String reply) {
        return SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, context, reply, null));
    }

    @Test
    void longReply_doingManyThings_detectsEachOfThem() {
        String reply = "I'm so sorry about that. So your order hasn't arrived and you need it for Saturday. "
                + "When did you place it? I'll send a replacement by express courier today and I'll call you on "
                + "Friday to make sure it arrived.";

        Grade grade = grade(LATE, reply);

        for (String id : new String[] {"apology", "restate", "clarify", "solution", "followup"}) {
            assertTrue(grade.detected(id), id + " missing in " + grade.criteria());
        }
        assertFalse(grade.detected("blame"));
        assertTrue(grade.score() >= 60, "score " + grade.score());
    }

    /** A hard case: what the reply must be graded as, and what it must not. */
    record Case(String name, String context, String reply, List<String> detected, List<String> missing, Integer score) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> hardCases() {
        return Stream.of(
                new Case("a question clarifies", LATE, "When did you place the order?", List.of("clarify"), List.of(), null),
                new Case("a statement about the order does not clarify", LATE,
                        "When I checked this morning the order was still in the depot.", List.of(), List.of("clarify"), null),
                new Case("a concrete action is a solution", LATE, "I'll send a replacement today by next-day courier.",
                        List.of("solution"), List.of(), null),
                new Case("'I'll see what I can do' is no solution", LATE, "I'll see what I can do.", List.of(),
                        List.of("solution"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardCases")
    void hardCase_isGradedAsACoachWould(Case hard) {
        Grade grade = grade(hard.context(), hard.reply());

        for (String id : hard.detected()) {
            assertTrue(grade.detected(id), id + " missing in " + grade.criteria());
        }
        for (String id : hard.missing()) {
            assertFalse(grade.detected(id), id + " wrongly found in " + grade.criteria());
        }
        if (hard.score() != null) {
            assertEquals(hard.score(), grade.score());
        }
    }

    @Test
    void calmDown_isBlame() {
        Grade grade = grade("I want to speak to a manager NOW.", "Calm down, sir, there's no need for that.");

        assertTrue(grade.detected("blame"));
        assertEquals("Calm down, sir, there's no need for that.", grade.criterion("blame").orElseThrow().evidence());
    }

    @Test
    void oneWordReply_getsNothingPositive() {
        Grade grade = grade(LATE, "ok");

        assertTrue(grade.criteria().stream().filter(c -> c.polarity() == Polarity.POSITIVE)
                .noneMatch(CriterionResult::detected), grade.criteria().toString());
        assertEquals(0, grade.score());
    }

    @Test
    void firmLimit_withAnAlternative_countsAsFirm() {
        Grade grade = grade("I want a full refund AND compensation.",
                "I can't offer compensation on top of the refund, but I've processed the full refund today.");

        assertTrue(grade.detected("firm"));
        assertTrue(grade.detected("solution"));
    }
}

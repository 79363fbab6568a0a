package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Reading;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Try saying" for every scenario and thirty typical replies each: every rewrite shown grades higher than the reply
 * it improves, carries no habit and nothing the customer is known to hate, answers a question the customer just
 * asked with something that acts on it, and has no placeholder left in it. (The rewriter checks its candidates the
 * same way; this test reads every rewrite again from outside, as a learner's reply.)
 */
class RewriteRenderingTest {

    /** Thirty replies a learner might give, good and bad, general enough for any scenario of the mode. */
    static final List<String> CUSTOMER_REPLIES = List.of("ok", "Let me look into it.", "That's our policy.",
            "I'm sorry about that.", "Calm down, it's not that bad.", "I can see why you're upset.",
            "Why didn't you read the terms?", "sorry abt that", "What's your account number?", "I understand.",
            "We'll sort it.", "You'll need to call the other department.", "I hear you, that sounds awful.",
            "I'll get back to you soon.", "Can you tell me exactly what happened?", "That's not our fault.",
            "I'll take full ownership of this.", "Hmm.", "Right, so it didn't arrive?", "No.",
            "I do apologise for any inconvenience caused.", "Let me check.", "These things happen.",
            "Would you like a voucher?", "I can't do anything about that, sorry.", "Thank you for your patience.",
            "ur issue is noted", "I'm going to escalate this.", "As I said, it's on the system.",
            "Is there anything else I can help with?");
    static final List<String> INTERVIEW_REPLIES = List.of("I'd stay calm.", "I'd give them a refund.",
            "Customers can be a nightmare.", "I'd listen, apologise and fix it.", "Empathy. Ownership. Follow-up.",
            "I'd get my manager.", "I've never had an angry customer.", "I'd do whatever they wanted.",
            "I'd explain the policy to them.", "It depends.", "I'd try to help.", "I'd ask what happened.",
            "I'm a people person.", "I'd stay professional.", "I'd solve the problem quickly.",
            "I would listen to them carefully.", "I'd say sorry.", "I'd offer a discount.",
            "I'd escalate it straight away.", "I'd call them back.", "I'd remain calm and polite.",
            "Honestly some customers are just rude.", "I'd leverage best practice.", "I'd check the order.",
            "I'd tell them to calm down.", "Not sure.", "I'd empathise.", "I'd fix it.",
            "I'd make sure they're happy.", "I'd follow the process.");

    @Test
    void everyScenarioTimesThirtyReplies_showsOnlyRewritesThatAreBetter() {
        List<Scenario> scenarios = SharedEvaluator.library().scenarios();
        assertTrue(scenarios.size() >= 10);
        int shown = 0;
        int checked = 0;
        for (Scenario s : scenarios) {
            Rubric rubric = SharedEvaluator.library().rubric(s.rubric());
            String asked = LineValues.fill(s.lines().getOrDefault("press", List.of("What are you going to do?")).getFirst(), s);
            String opening = LineValues.fill(s.lines().get("opening").getFirst(), s);
            for (String context : s.mode() == Mode.CUSTOMER ? List.of(opening, asked) : List.of(opening)) {
                for (String reply : s.mode() == Mode.CUSTOMER ? CUSTOMER_REPLIES : INTERVIEW_REPLIES) {
                    Grade g = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), context, reply, s));
                    checked++;
                    if (g.rewrite().isBlank()) {
                        continue;
                    }
                    shown++;
                    String where = s.id() + " | " + context + " | " + reply + " -> " + g.rewrite();
                    Grade again = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), context, g.rewrite(), s));
                    assertTrue(again.score() > g.score(), "graded lower or the same: " + again.score() + " <= "
                            + g.score() + ": " + where);
                    for (var c : rubric.criteria()) {
                        if (c.role() == Role.HABIT) {
                            assertFalse(again.detected(c.id()), "carries " + c.id() + ": " + where);
                        }
                    }
                    Reading read = again.reading();
                    assertTrue(read.match("anger").isEmpty(), "touches a listed anger: " + where);
                    assertFalse(g.rewrite().contains("{") || g.rewrite().contains("}"), "placeholder left: " + where);
                    if (s.mode() == Mode.CUSTOMER && context.contains("?")) {
                        assertTrue(rubric.criteria().stream().anyMatch(c -> c.role() == Role.ACTION
                                && again.detected(c.id())), "ignores the customer's question: " + where);
                    }
                }
            }
        }
        assertTrue(checked >= 15 * 30, "checked " + checked);
        assertTrue(shown >= checked / 4, "only " + shown + " of " + checked + " replies got a rewrite");
    }
}

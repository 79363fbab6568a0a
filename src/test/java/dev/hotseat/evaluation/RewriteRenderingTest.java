package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Criterion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Try saying" for every scenario and a set of typical replies: no leftover placeholder, the customer spoken to in the
 * second person (never by name in the third person), no word that belongs to another scenario, and a bounded length.
 */
class RewriteRenderingTest {

    private static final List<String> CUSTOMER_REPLIES = List.of("ok", "Let me look into it.", "That's our policy.",
            "I'm sorry about that.", "Calm down, it's not that bad.", "I can see why you're upset. Let me check what happened.",
            "Why didn't you read the terms?");
    private static final List<String> INTERVIEW_REPLIES = List.of("I'd stay calm.", "I'd give them a refund.",
            "Customers can be a nightmare.", "I'd listen, apologise and fix it.");
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:she|her|he|him|his|hers)\\b");
    private static final int MAX_CHARS = 700;

    @Test
    void everyScenarioTimesTypicalReplies_rendersARewriteThatReadsWell() {
        List<Scenario> scenarios = SharedEvaluator.library().scenarios();
        assertTrue(scenarios.size() >= 10);
        int rendered = 0;
        for (Scenario s : scenarios) {
            Set<String> foreign = foreignWords(s, scenarios);
            String opening = opening(s);
            for (String reply : s.mode() == Mode.CUSTOMER ? CUSTOMER_REPLIES : INTERVIEW_REPLIES) {
                Grade g = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), opening, reply, s));
                String rewrite = g.rewrite();
                String where = s.id() + " | " + reply + " -> " + rewrite;
                assertFalse(rewrite.isBlank(), where);
                assertFalse(rewrite.contains("{") || rewrite.contains("}"), "leftover placeholder: " + where);
                assertTrue(rewrite.length() <= MAX_CHARS, "too long: " + where);
                if (s.mode() == Mode.CUSTOMER) {
                    assertFalse(THIRD_PERSON.matcher(rewrite).find(), "third person: " + where);
                    String name = s.persona().name().split("\\s+")[0];
                    assertFalse(rewrite.contains(name), "the customer named in the third person: " + where);
                    for (String word : words(rewrite)) {
                        assertFalse(foreign.contains(word), "'" + word + "' belongs to another scenario: " + where);
                    }
                }
                for (CriterionResult c : g.criteria()) {
                    assertFalse(c.tip().contains("{"), "placeholder in a tip: " + s.id() + " " + c.tip());
                }
                rendered++;
            }
        }
        assertTrue(rendered >= 60, "rendered " + rendered);
    }

    @Test
    void customerTips_citeCustomerServiceArticles_notTheInterviewGuides() {
        for (Criterion c : SharedEvaluator.library().rubric(Mode.CUSTOMER).criteria()) {
            assertFalse(c.source().toLowerCase(Locale.ROOT).contains("interview"), c.id() + ": " + c.source());
        }
    }

    @Test
    void policyInTheThirdPerson_isOfferedInTheRepsOwnWords() {
        Scenario connection = SharedEvaluator.library().scenario("missed-connection");
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER,
                "I want to get to Lisbon tonight, not tomorrow, and I want it sorted now.", "Let me look.", connection));
        String solution = g.criterion("solution").orElseThrow().tip();
        assertTrue(solution.contains("put you on"), solution);
        assertFalse(THIRD_PERSON.matcher(g.rewrite()).find(), g.rewrite());
    }

    @Test
    void theCheckBack_fitsTheScenariosTimeScale() {
        Scenario card = SharedEvaluator.library().scenario("card-blocked-abroad");
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, opening(card),
                "I've unblocked the card now, try it again.", card));
        String followup = g.criterion("followup").orElseThrow().tip();
        assertFalse(followup.contains("couple of days"), followup);
    }

    static String opening(Scenario s) {
        String line = s.lines().getOrDefault("opening", List.of(s.situation() == null ? "" : s.situation())).get(0);
        for (var e : s.facts().entrySet()) {
            line = line.replace("{" + e.getKey() + "}", e.getValue());
        }
        return line;
    }

    // Words that appear in other scenarios' facts and policy but nowhere in this one (nor in the rubric's own lines).
    private static Set<String> foreignWords(Scenario s, List<Scenario> all) {
        Set<String> own = new HashSet<>(words(text(s)));
        for (Criterion c : SharedEvaluator.library().rubric(s.mode()).criteria()) {
            own.addAll(words(c.example() + " " + c.tip()));
        }
        CUSTOMER_REPLIES.forEach(r -> own.addAll(words(r)));
        Set<String> foreign = new HashSet<>();
        for (Scenario other : all) {
            if (!other.id().equals(s.id()) && other.mode() == s.mode()) {
                foreign.addAll(words(String.join(" ", other.facts().values()) + " " + String.join(" ", other.policy())));
            }
        }
        foreign.removeAll(own);
        return foreign;
    }

    private static String text(Scenario s) {
        return String.join(" ", s.briefing() == null ? "" : s.briefing(), s.situation() == null ? "" : s.situation(),
                String.join(" ", s.facts().values()), String.join(" ", s.policy()),
                s.wants() == null ? "" : String.valueOf(s.wants().text()), String.join(" ", s.lines().values().stream()
                        .flatMap(List::stream).toList()));
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9£€$'-]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }
}

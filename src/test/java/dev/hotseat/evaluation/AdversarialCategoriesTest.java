package dev.hotseat.evaluation;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each named adversarial category of the labelled set's tuning split, graded as a whole: what issue 8's "done when"
 * asks of it. The held-out split is left to EvaluatorBench, so that no failure message here ever shows a held-out item.
 */
class AdversarialCategoriesTest {

    private record Graded(JsonNode item, Grade grade) {
        boolean anySkill() {
            return grade.criteria().stream().anyMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE);
        }

        boolean gold(String id) {
            return item.get("labels").path(id).asInt() == 1;
        }
    }

    private static List<Graded> all;

    @BeforeAll
    static void gradeTheSet() throws IOException {
        all = LabelledSetTest.labelled().stream().filter(i -> i.get("split").asText().equals("tune"))
                .map(i -> new Graded(i, SharedEvaluator.evaluator().grade(LabelledSetTest.exchange(i)))).toList();
    }

    private static List<Graded> category(String name) {
        List<Graded> items = all.stream().filter(g -> g.item().path("category").asText().equals(name)).toList();
        assertTrue(items.size() >= 3, name + " has too few items: " + items.size());
        return items;
    }

    private static double share(List<Graded> items, Predicate<Graded> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }

    private static String failing(List<Graded> items, Predicate<Graded> test) {
        return items.stream().filter(test.negate()).limit(5)
                .map(g -> g.item().get("reply").asText() + " -> " + g.grade().score()).toList().toString();
    }

    @Test
    void sarcasmAndNegation_earnNoSkillInAtLeastNineItemsOfTen() {
        for (String name : List.of("sarcasm", "negation")) {
            List<Graded> items = category(name);
            // given replies whose words look good but whose meaning is not; when graded; then no skill is credited
            Predicate<Graded> noUnearnedSkill = g -> g.grade().criteria().stream()
                    .noneMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE && !g.gold(c.id()));
            assertTrue(share(items, noUnearnedSkill) >= 0.9, name + ": " + failing(items, noUnearnedSkill));
        }
    }

    @Test
    void listeningInEverydayWords_isCredited_andQuestionsThatDoSomethingElseAreNotClarify() {
        List<Graded> items = category("listening");
        for (String skill : List.of("restate", "clarify", "empathy")) {
            // given restatements, questions (with or without a mark) and warmth in everyday words; then most are seen
            List<Graded> shown = items.stream().filter(g -> g.gold(skill)).toList();
            assertTrue(share(shown, g -> g.grade().detected(skill)) >= 0.7,
                    skill + ": " + failing(shown, g -> g.grade().detected(skill)));
        }
        // and a suggestion, a tag question or a check-back is not credited as a clarifying question
        List<Graded> notAsking = items.stream().filter(g -> !g.gold("clarify")).toList();
        assertTrue(share(notAsking, g -> !g.grade().detected("clarify")) >= 0.9,
                failing(notAsking, g -> !g.grade().detected("clarify")));
    }

    @Test
    void stockPhrases_scoreAtMostTwenty_eachAndOnAverage() {
        List<Graded> items = category("stock-phrases");
        assertTrue(items.stream().allMatch(g -> g.grade().score() <= Substance.STOCK_CAP),
                failing(items, g -> g.grade().score() <= Substance.STOCK_CAP));
    }

    @Test
    void nonEnglish_getsNoScoreNoSkill_andSaysWhyInWords() {
        for (Graded g : category("non-english")) {
            assertEquals(0, g.grade().score(), g.item().get("reply").asText());
            assertTrue(g.grade().criteria().isEmpty(), g.item().get("reply").asText());
            assertTrue(g.grade().summary().startsWith("Hotseat grades replies in English"), g.grade().summary());
        }
    }

    @Test
    void skillNames_emptyStarLabels_andRepeats_earnNothingNew() {
        for (String name : List.of("skill-names", "star-labels-empty")) {
            List<Graded> items = category(name);
            assertTrue(items.stream().noneMatch(Graded::anySkill), name + ": " + failing(items, g -> !g.anySkill()));
        }
        List<Graded> repeats = category("repeats");
        Predicate<Graded> onlyNew = g -> g.grade().criteria().stream()
                .noneMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE && !g.gold(c.id()));
        assertTrue(share(repeats, onlyNew) >= 0.9, failing(repeats, onlyNew));
    }

    @Test
    void rhetoricalQuestions_areNeverClarify_andResetTricksNeverASolution() {
        List<Graded> rhetorical = category("rhetorical-questions");
        assertTrue(rhetorical.stream().noneMatch(g -> g.grade().detected("clarify")),
                failing(rhetorical, g -> !g.grade().detected("clarify")));
        List<Graded> resets = category("reset-tricks");
        assertTrue(resets.stream().noneMatch(g -> g.grade().detected("solution")),
                failing(resets, g -> !g.grade().detected("solution")));
    }

    @Test
    void passiveBlame_isSeenAsBlame_andBlameSpoilsTheGoodWordsOfItsSentence() {
        List<Graded> passive = category("passive-blame");
        assertTrue(share(passive, g -> g.grade().detected("blame")) >= 0.8,
                failing(passive, g -> g.grade().detected("blame")));
        List<Graded> mixed = category("blame-mixed");
        Predicate<Graded> noUnearned = g -> g.grade().criteria().stream()
                .noneMatch(c -> c.detected() && c.polarity() == Polarity.POSITIVE && !g.gold(c.id()));
        assertTrue(share(mixed, noUnearned) >= 0.9, failing(mixed, noUnearned));
    }

    @Test
    void pastTenseStories_countForSolutionAndStar_andFullStarLabelsEarnStar() {
        List<Graded> stories = category("past-tense-star");
        assertTrue(share(stories, g -> g.grade().detected("solution")) >= 0.9,
                failing(stories, g -> g.grade().detected("solution")));
        List<Graded> owned = stories.stream().filter(g -> g.gold("ownership")).toList();
        assertTrue(share(owned, g -> g.grade().detected("ownership")) >= 0.8,
                failing(owned, g -> g.grade().detected("ownership")));
        List<Graded> labelled = category("star-labels-full");
        assertTrue(share(labelled, g -> g.grade().detected("star")) >= 0.8,
                failing(labelled, g -> g.grade().detected("star")));
    }

    @Test
    void cantButCan_holdsALimit_andPolicySpeakIsDeflecting() {
        List<Graded> firm = category("firm-limit");
        assertTrue(share(firm, g -> g.grade().detected("firm")) >= 0.8, failing(firm, g -> g.grade().detected("firm")));
        List<Graded> policy = category("policy-speak").stream().filter(g -> g.gold("deflect")).toList();
        assertTrue(share(policy, g -> g.grade().detected("deflect")) >= 0.7,
                failing(policy, g -> g.grade().detected("deflect")));
    }

    @Test
    void veryLongReplies_keepTheirSkills_andEvidenceStaysVerbatim() {
        for (Graded g : category("very-long")) {
            String reply = g.item().get("reply").asText();
            assertTrue(g.grade().score() >= 40, reply + " -> " + g.grade().score());
            g.grade().criteria().stream().filter(CriterionResult::detected)
                    .forEach(c -> assertTrue(reply.contains(c.evidence()), c.evidence()));
        }
    }
}

package dev.hotseat.partner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The partner decides from the {@link dev.hotseat.core.Reading} alone, never from words it matches itself: no class
 * of partner/ compiles a regular expression that could be applied to what the learner typed, and a conversation
 * whose words are all swapped for nonsense, with the same readings, is answered move for move the same.
 */
class ReadingOnlyTest {
    private static final Set<String> REGEX_ON_STRING = Set.of("matches", "replaceAll", "replaceFirst", "split");

    private static final DescribedPredicate<JavaMethodCall> REGEX = new DescribedPredicate<>(
            "compile or apply a regular expression") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getTarget().getName();
            return owner.equals("java.util.regex.Pattern") || owner.equals("java.util.regex.Matcher")
                    || owner.equals("java.util.Scanner")
                    || (owner.equals("java.lang.String") && REGEX_ON_STRING.contains(name));
        }
    };

    /**
     * The rule, leaving out the language-model plumbing ({@code ModelCall}, {@code ModelCheck}), which tidies the
     * model's own output and a base URL and never sees a learner's reply.
     */
    static ArchRule noRegexInThePartner() {
        return noClasses().that().resideInAPackage("dev.hotseat.partner")
                .and().doNotHaveSimpleName("ModelCall").and().doNotHaveSimpleName("ModelCheck")
                .should().callMethodWhere(REGEX)
                .because("the partner reads the Reading, not the learner's words (issue 19)");
    }

    @Test
    void noPartnerClass_compilesOrAppliesARegularExpression_outsideTheModelPlumbing() {
        JavaClasses partner = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hotseat.partner");

        noRegexInThePartner().check(partner);
    }

    @Test
    void theRule_failsOnAClassThatMatchesWords() {
        JavaClasses offender = new ClassFileImporter().importClasses(KeywordSpotter.class);

        assertThrows(AssertionError.class, () -> noClasses().should().callMethodWhere(REGEX).check(offender));
    }

    /** A stand-in for the old partner: it hears keywords. */
    static final class KeywordSpotter {
        boolean sorry(String reply) {
            return reply.toLowerCase(Locale.ROOT).matches(".*\\bsorry\\b.*");
        }
    }

    @Test
    void sameReadings_inOtherWords_getTheSameMovesMoodsAndOutcome_customer() {
        Scenario parcel = SharedEvaluator.library().scenario("late-parcel");
        List<Readings> replies = List.of(
                Readings.reply().part("Sorry, that's awful.", "apology", "empathy"),
                Readings.reply().question("What's it for?", "clarify").asks("event"),
                Readings.reply().part("So it's for tomorrow.", "restate"),
                Readings.reply().part("I can refund delivery.", "solution").policy(2),
                Readings.reply().part("I'll courier one tonight.", "solution").offer(),
                Readings.reply().question("Anything else?"));

        assertSameMoves(parcel, replies);
    }

    @Test
    void sameReadings_inOtherWords_getTheSameMovesMoodsAndOutcome_interview() {
        Scenario warm = SharedEvaluator.library().scenario("service-rep-warm");
        List<Readings> answers = List.of(
                Readings.answer().part("I'd stay calm.", "calm"),
                Readings.answer().part("Once a parcel broke; I sent another and she thanked me.", "star", "solution"),
                Readings.answer().part("Full refund, whatever they want.", "overpromise"),
                Readings.answer().part("I'd say no kindly and offer what I can.", "firm", "solution"),
                Readings.answer().part("I'd call back next day.", "followup"),
                Readings.answer().part("I'd listen first.", "listen"));

        assertSameMoves(warm, answers);
    }

    private static void assertSameMoves(Scenario s, List<Readings> replies) {
        UnaryOperator<String> nonsense = w -> "zq" + Integer.toString(Math.abs(w.toLowerCase(Locale.ROOT).hashCode())
                % 99_991, 36);
        Chat plain = new Chat(s, 5);
        Chat swapped = new Chat(s, 5);
        for (Readings r : replies) {
            if (plain.last().ends()) {
                break;
            }
            PartnerLine a = plain.say(r);
            PartnerLine b = swapped.say(r.withWords(nonsense));
            assertEquals(a.move(), b.move(), plain.moves().toString());
            assertEquals(a.mood(), b.mood());
            assertEquals(a.outcome(), b.outcome());
        }
    }
}

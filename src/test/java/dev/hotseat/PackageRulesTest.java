package dev.hotseat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.hotseat.archfixture.left.Left;
import dev.hotseat.archfixture.right.Right;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages stay layered, checked on the compiled classes: no cycle between feature packages (core at the
 * bottom of the conversation's vocabulary, lint at the top, web's server wiring included with no exemption), and
 * LangChain4j only inside partner/ and evaluation/.
 */
class PackageRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hotseat");
    private static final ArchRule NO_CYCLES = slices().matching("dev.hotseat.(*)..").should().beFreeOfCycles();

    @Test
    void featurePackages_dependOnEachOtherWithoutACycle() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void everyFeaturePackage_isAmongTheCheckedClasses() {
        // given the packages the rules above must cover, the newer features included
        List<String> features = List.of("account", "conversation", "core", "evaluation", "history", "lint",
                "operations", "partner", "persona", "review", "store", "studio", "web");

        // then each is imported, so a cycle through it or LangChain4j inside it would fail those rules
        for (String feature : features) {
            assertTrue(MAIN.containPackage("dev.hotseat." + feature), "not checked: dev.hotseat." + feature);
        }
    }

    @Test
    void onlyPartnerAndEvaluation_useLangChain4j() {
        noClasses().that().resideOutsideOfPackages("dev.hotseat.partner..", "dev.hotseat.evaluation..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(MAIN);
    }

    @Test
    void theCycleRule_failsOnTwoPackagesThatUseEachOther() {
        // given two packages whose classes name each other (test fixtures, outside the app)
        JavaClasses cyclic = new ClassFileImporter().importClasses(Left.class, Right.class);

        // when the same rule checks them, then it fails and names the cycle
        AssertionError failure = assertThrows(AssertionError.class,
                () -> slices().matching("dev.hotseat.archfixture.(*)..").should().beFreeOfCycles().check(cyclic));
        assertTrue(failure.getMessage().contains("Cycle detected"), failure.getMessage());
    }
}

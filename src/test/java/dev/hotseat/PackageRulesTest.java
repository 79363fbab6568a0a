package dev.hotseat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.hotseat.archfixture.left.Left;
import dev.hotseat.archfixture.lower.Lower;
import dev.hotseat.archfixture.right.Right;
import dev.hotseat.archfixture.upper.Upper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The packages stay layered, checked on the compiled classes: each package uses only those listed before it in
 * {@link #LAYERS} (docs/architecture.md draws the same list), nothing below the composition root names it, and
 * LangChain4j stays inside partner/ and evaluation/. Each rule is shown to fail on a fixture that breaks it.
 */
class PackageRulesTest {
    /** Bottom to top: a package may use any package before it, never one after it. */
    static final List<String> LAYERS = List.of("core", "input", "route", "persona", "evaluation", "partner", "lint",
            "conversation", "store", "account", "review", "history", "studio", "operations", "web");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hotseat");

    /** Each layer may be used only by the layers above it; the top one only by the composition root. */
    static LayeredArchitecture layered(String root, List<String> order) {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : order) {
            rule = rule.layer(layer).definedBy(root + "." + layer + "..");
        }
        for (int i = 0; i < order.size() - 1; i++) {
            rule = rule.whereLayer(order.get(i)).mayOnlyBeAccessedByLayers(
                    order.subList(i + 1, order.size()).toArray(String[]::new));
        }
        return rule.whereLayer(order.getLast()).mayNotBeAccessedByAnyLayer();
    }

    @Test
    void everyPackage_usesOnlyThePackagesBelowIt() {
        layered("dev.hotseat", LAYERS).check(MAIN);
    }

    @Test
    void nothingBelowTheCompositionRoot_namesIt() {
        noClasses().that().resideOutsideOfPackage("dev.hotseat")
                .should().dependOnClassesThat().resideInAPackage("dev.hotseat")
                .check(MAIN);
    }

    @Test
    void everyPackage_hasItsPlaceInTheLayers() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String name = c.getPackageName();
            if (name.startsWith("dev.hotseat.")) {
                packages.add(name.substring("dev.hotseat.".length()).split("\\.")[0]);
            }
        }

        assertEquals(new TreeSet<>(LAYERS), packages, "a new package needs its place in LAYERS and docs/architecture.md");
    }

    @Test
    void featurePackages_dependOnEachOtherWithoutACycle() {
        slices().matching("dev.hotseat.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyPartnerAndEvaluation_useLangChain4j() {
        noClasses().that().resideOutsideOfPackages("dev.hotseat.partner..", "dev.hotseat.evaluation..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(MAIN);
    }

    @Test
    void theLayerRule_failsOnALowerPackageThatUsesAHigherOne() {
        // given a lower package whose class names a class of the package above it (test fixtures, outside the app)
        JavaClasses backEdge = new ClassFileImporter().importClasses(Lower.class, Upper.class);

        // when the same rule checks them in that order, then it fails and names the access
        AssertionError failure = assertThrows(AssertionError.class,
                () -> layered("dev.hotseat.archfixture", List.of("lower", "upper")).check(backEdge));
        assertTrue(failure.getMessage().contains("Lower") && failure.getMessage().contains("Upper"), failure.getMessage());
    }

    @Test
    void theLayerRule_passesTheSameClassesInTheRightOrder() {
        JavaClasses backEdge = new ClassFileImporter().importClasses(Lower.class, Upper.class);

        layered("dev.hotseat.archfixture", List.of("upper", "lower")).check(backEdge);
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

package dev.hotseat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Without a browser, every browser test is reported skipped by its own name, with the reason; none vanishes. */
class MissingNeedsTest {

    @Test
    void browserTests_withAMissingChromium_areEachSkippedByName_withTheReason() {
        // given a Chromium path that does not exist, outside CI
        // when every test tagged "browser" runs
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectPackage("dev.hotseat"))
                .filters(TagFilter.includeTags("browser"))
                .configurationParameter(Need.CHROMIUM_PATH, "/nowhere/chromium")
                .configurationParameter(NeedsCondition.CI, "false")
                .configurationParameter(NeedsCondition.QUIET, "true")
                .execute().allEvents();

        // then no test starts, and each test method (a parameterized one as a whole) is skipped with a reason naming the missing browser
        Map<String, String> skipped = tests.skipped().stream().collect(Collectors.toMap(
                MissingNeedsTest::name, e -> e.getPayload(String.class).orElse(""), (a, b) -> a));
        assertEquals(0, tests.started().filter(e -> e.getTestDescriptor().isTest()).count(),
                "a browser test ran without a browser");
        assertTrue(skipped.keySet().containsAll(List.of(
                "ChatPageTest.customerChat_showsPersonaLinesGradeCardsWithEvidence_andMovesTheMood()",
                "PageEscapingTest.markupFromScenarioFilesRepliesEchoesAndErrors_isShownAsText_andNeverRuns()",
                "PageAfterServerFailureTest.internalErrorDuringATurn_isShown_andTheNextReplyCanBeSent()",
                "LearnerPageAccessibilityTest.startScreenAndGradedChat_haveNoSeriousViolations_inAnyLook()",
                // classes whose server and browser start with their first test, not in @BeforeAll
                "DeliveryPageTest.replyNeverAcknowledged_isResentAfterAReload_andStoredOnce()",
                "StudioAccessibilityTest.everyStudioScreen_hasNoSeriousViolations_inAnyLook()",
                "PeoplePagesAccessibilityTest.signInHistoryProgressAndReport_haveNoSeriousViolations_inAnyLook()")),
                skipped.keySet().toString());
        assertTrue(skipped.size() >= 35, skipped.keySet().toString());
        skipped.forEach((test, reason) -> assertTrue(reason.contains("Chromium not installed at /nowhere/chromium")
                && reason.contains("apt-get install chromium"), test + ": " + reason));
    }

    @Test
    void browserTests_underCi_areNotSkipped_soAMissingBrowserFailsThem() {
        // given a Chromium path that does not exist, under CI
        // when one browser test class runs
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass("dev.hotseat.ui.PageAfterServerFailureTest"))
                .configurationParameter(Need.CHROMIUM_PATH, "/nowhere/chromium")
                .configurationParameter(Need.CHROMEDRIVER_PATH, "/nowhere/chromedriver")
                .configurationParameter(NeedsCondition.CI, "true")
                .execute().testEvents();

        // then nothing is skipped: the tests ran and failed on the missing browser
        assertEquals(0, tests.skipped().count());
        assertTrue(tests.failed().count() > 0);
    }

    private static String name(Event event) {
        String uniqueId = event.getTestDescriptor().getUniqueId().toString();
        String className = uniqueId.replaceAll(".*\\[class:[\\w.]*\\.(\\w+)].*", "$1");
        return className + "." + event.getTestDescriptor().getDisplayName();
    }
}

package dev.hotseat.ui;

import static dev.hotseat.ui.LearnerSteps.send;
import static dev.hotseat.ui.LearnerSteps.startChat;
import static dev.hotseat.ui.LearnerSteps.within;
import static dev.hotseat.ui.LearnerSteps.waitForCount;
import static dev.hotseat.ui.LearnerSteps.waitUntilIdle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.support.HotseatExtension;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core finds no serious or critical problem on the pages of issue 10 (sign-in, history, progress, a report
 * with an earlier try and a share link, the chat asking to end), in light and dark, at 360 px and desktop.
 */
@AccessibilityTest
class PeoplePagesAccessibilityTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private static ChromeDriver browser;
    private static String session;

    /** Started by the first test that runs, not in @BeforeAll: a class whose needs are missing never touches them. */
    @BeforeEach
    void aLearnerWithOneRetriedSession() throws Exception {
        if (browser != null) {
            return;
        }
        browser = hotseat.browser();
        startChat(browser, hotseat.url());
        send(browser, "Calm down, it's not my fault the courier lost it.");
        waitForCount(browser, "[data-testid=grade-card]", 1);
        waitUntilIdle(browser);
        WebElement again = browser.findElement(By.cssSelector("[data-testid=retry-button]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", again);
        again.click();
        browser.findElement(By.cssSelector("[data-testid=reply-input]")).clear();
        send(browser, "I'm so sorry about this, I understand how frustrating it is.");
        within(browser).until(d -> d.findElements(By.cssSelector("[data-testid=try]")).size() == 1);
        waitUntilIdle(browser);
        session = String.valueOf(browser.executeScript("return " + HeadlessChromium.PAGE_SESSION));
        browser.findElement(By.cssSelector("[data-testid=end-button]")).click();
        within(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=end-confirm]"))).click();
        within(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outcome]")));
    }

    @Test
    void signInHistoryProgressAndReport_haveNoSeriousViolations_inAnyLook() {
        Map<String, List<String>> found = new LinkedHashMap<>();

        // when axe checks each page once it has drawn
        found.put("sign-in", check("signin.html", "[data-testid=signin-form]"));
        found.put("history", check("history.html", "[data-testid=history-item]"));
        found.put("progress", check("progress.html", "[data-testid=legend-skill]"));
        browser.get(hotseat.url() + "report.html?session=" + session);
        within(browser).until(d -> !d.findElements(By.cssSelector("[data-testid=try]")).isEmpty());
        browser.findElement(By.cssSelector("[data-testid=share-make]")).click();
        within(browser).until(d -> !d.findElements(By.cssSelector("[data-testid=share-url]")).isEmpty());
        found.put("report", Axe.seriousViolationsInEveryLook(browser));
        startChat(browser, hotseat.url());
        browser.findElement(By.cssSelector("[data-testid=end-button]")).click();
        within(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=end-confirm]")));
        found.put("chat asking to end", Axe.seriousViolationsInEveryLook(browser));

        // then none has a serious or critical violation
        found.forEach((page, violations) -> assertEquals(List.of(), violations, page));
    }

    private List<String> check(String page, String drawn) {
        browser.get(hotseat.url() + page);
        within(browser).until(d -> !d.findElements(By.cssSelector(drawn)).isEmpty());
        return Axe.seriousViolationsInEveryLook(browser);
    }
}

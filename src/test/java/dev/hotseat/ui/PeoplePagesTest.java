package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.hotseat.ui.LearnerSteps.SORRY;
import static dev.hotseat.ui.LearnerSteps.practise;
import static dev.hotseat.ui.LearnerSteps.send;
import static dev.hotseat.ui.LearnerSteps.startChat;
import static dev.hotseat.ui.LearnerSteps.within;
import static dev.hotseat.ui.LearnerSteps.waitForCount;
import static dev.hotseat.ui.LearnerSteps.waitUntilIdle;

import dev.hotseat.account.UsersCommand;
import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Issue 10 in a real browser: guests, accounts, history, progress, the report, retrying a reply, voice. */
@BrowserTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PeoplePagesTest {
    private static final String QUESTION = "Could you tell me your order number so I can check where it is?";

    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private ChromeDriver browser;
    private ChromeDriver other;

    @BeforeEach
    void start() {
        browser = hotseat.browser();
    }

    @AfterEach
    void stopTheOtherBrowser() {
        if (other != null) {
            other.quit();
        }
    }

    @Test
    void aGuest_practises_andFindsTheSessionInHistory_whileASecondBrowserCannotOpenIt() throws Exception {
        // given a guest who practised one session with no set-up
        String session = practise(browser, hotseat.url(), SORRY);

        // when they open their history, and a second browser tries the same session's report
        browser.get(hotseat.url() + "history.html");
        List<WebElement> items = waitForItems(browser, 1);
        other = HeadlessChromium.start(hotseat.temp());
        other.get(hotseat.url() + "report.html?session=" + session);
        String refused = within(other).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=report-problem]"))).getText();
        other.get(hotseat.url() + "history.html");
        within(other).until(d -> !d.findElements(By.cssSelector("[data-testid=history-empty]")).isEmpty());

        // then the guest sees it with its outcome and score, and the other browser sees nothing of it
        assertEquals(session, items.get(0).getDomAttribute("data-session"));
        assertTrue(items.get(0).getText().contains("Ended"), items.get(0).getText());
        assertTrue(items.get(0).findElement(By.cssSelector("[data-testid=history-score]")).getText().matches("Score \\d+/100"));
        assertTrue(refused.contains("No session of yours"), refused);
        assertFalse(other.getPageSource().contains("upsetting"));

        // and opening it shows the read-only transcript with its grade
        String title = items.get(0).findElement(By.cssSelector(".history-title")).getText();
        browser.findElement(By.cssSelector("[data-testid=history-open]")).click();
        within(browser).until(d -> d.findElements(By.cssSelector("[data-testid=report-transcript] [data-testid=grade-card]")).size() == 1);
        assertTrue(browser.findElements(By.cssSelector("textarea, [data-testid=send-button]")).isEmpty());

        // and "Practise again" starts a new session of the same scenario
        browser.navigate().back();
        within(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=history-again]"))).click();
        waitForCount(browser, "[data-testid=partner-message]", 1);
        within(browser).until(d -> {
            Object now = browser.executeScript("return " + HeadlessChromium.PAGE_SESSION);
            return now != null && !now.equals(session);
        });
        assertEquals(title, browser.findElement(By.cssSelector("[data-testid=scenario-title]")).getText());
    }

    @Test
    void aCreatedLearner_signsIn_andSeesOnlyTheirOwnSessions() throws Exception {
        // given a guest's session in one browser, and an account made with 'users add'
        practise(browser, hotseat.url(), SORRY);
        hotseat.server().addUser("Avery", "learner", "avery-password");

        // when the learner signs in on another browser and practises there
        other = HeadlessChromium.start(hotseat.temp());
        other.get(hotseat.url() + "signin.html");
        within(other).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=signin-name]"))).sendKeys("avery");
        other.findElement(By.cssSelector("[data-testid=signin-password]")).sendKeys("wrong-password", Keys.ENTER);
        String wrong = within(other).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=signin-problem]"))).getText();
        other.findElement(By.cssSelector("[data-testid=signin-password]")).sendKeys("avery-password", Keys.ENTER);
        within(other).until(d -> d.findElements(By.cssSelector("[data-testid=nav-name]")).stream()
                .anyMatch(e -> e.getText().equals("Avery")));
        String mine = practise(other, hotseat.url(), QUESTION);
        other.get(hotseat.url() + "history.html");
        List<WebElement> items = waitForItems(other, 1);

        // then a wrong password was told plainly, and the history holds their session only
        assertTrue(wrong.contains("do not match"), wrong);
        assertEquals(1, items.size());
        assertEquals(mine, items.get(0).getDomAttribute("data-session"));
    }

    @Test
    void retryingAReply_showsBothTries_andThePersonaAnswersTheNewOne() {
        // given a practice chat with two graded replies
        startChat(browser, hotseat.url());
        send(browser, "Calm down, it's not my fault the courier lost it.");
        waitForCount(browser, "[data-testid=grade-card]", 1);
        send(browser, QUESTION);
        waitForCount(browser, "[data-testid=grade-card]", 2);
        waitUntilIdle(browser);

        // when the learner answers the first reply again
        WebElement again = browser.findElements(By.cssSelector("[data-testid=retry-button]")).get(0);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", again);
        again.click();
        WebElement input = browser.findElement(By.cssSelector("[data-testid=reply-input]"));
        assertTrue(input.getDomProperty("value").startsWith("Calm down"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        send(browser, SORRY);
        within(browser).until(d -> d.findElements(By.cssSelector("[data-testid=try]")).size() == 1);
        within(browser).until(d -> d.findElements(By.cssSelector("#transcript > [data-testid=partner-message]")).size() == 2
                && d.findElements(By.cssSelector("#transcript > [data-testid=learner-message] [data-testid=grade-card]")).size() == 1);
        waitUntilIdle(browser);

        // then the earlier try is still there, and the live branch holds the new reply and an answer to it
        WebElement tried = browser.findElement(By.cssSelector("[data-testid=try]"));
        assertTrue(tried.getText().contains("Calm down"), tried.getText());
        assertTrue(tried.getText().contains(QUESTION), tried.getText());
        List<WebElement> live = browser.findElements(By.cssSelector("#transcript > [data-testid=learner-message]"));
        assertEquals(1, live.size());
        assertTrue(live.get(0).getText().startsWith("You\n" + SORRY.substring(0, 20)), live.get(0).getText());
        WebElement answer = browser.findElements(By.cssSelector("#transcript > [data-testid=partner-message]")).get(1);
        assertEquals(live.get(0).getDomAttribute("data-turn"), String.valueOf(Integer.parseInt(answer.getDomAttribute("data-turn")) - 1));
        assertFalse(answer.getText().isBlank());
    }

    @Test
    void afterThreeSessions_theProgressChartHasThreePointsPerSkill() {
        // given three finished sessions
        for (String reply : List.of(SORRY, QUESTION, "I'll sort this out for you today and call you back tomorrow.")) {
            practise(browser, hotseat.url(), reply);
        }

        // when the learner opens their progress
        browser.get(hotseat.url() + "progress.html");
        within(browser).until(d -> !d.findElements(By.cssSelector("[data-testid=legend-skill]")).isEmpty());

        // then every skill's line has three points, drawn by uPlot on a canvas
        List<WebElement> skills = browser.findElements(By.cssSelector("[data-testid=legend-skill]"));
        assertTrue(skills.size() >= 3, "skills: " + skills.size());
        for (WebElement skill : skills) {
            assertEquals("3", skill.getDomAttribute("data-points"), skill.getText());
        }
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid=progress-chart] canvas")).size());
        assertFalse(browser.findElements(By.cssSelector("[data-testid=progress-strengths] [data-testid=highlight]")).isEmpty());
    }

    @Test
    void thePrintView_ofTheReport_hasNoChatControls() {
        // given a finished session's report
        String session = practise(browser, hotseat.url(), SORRY);
        browser.get(hotseat.url() + "report.html?session=" + session);
        within(browser).until(d -> d.findElements(By.cssSelector("[data-testid=report-transcript] [data-testid=grade-card]")).size() == 1);
        assertTrue(browser.findElement(By.cssSelector("[data-testid=print-report]")).isDisplayed());

        // when it is printed
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        // then the transcript and summary show, and nothing to click or type in does
        Object visibleControls = browser.executeScript("return [...document.querySelectorAll("
                + "'button, input, textarea, select, nav, [data-testid=report-actions]')]"
                + ".filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 60))");
        assertEquals(List.of(), visibleControls);
        assertTrue(browser.findElement(By.cssSelector("[data-testid=report-transcript]")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("[data-testid=report-summary]")).isDisplayed());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void voice_togglesOnAndOff_withoutErrorsInTheConsole() {
        // given a chat
        startChat(browser, hotseat.url());
        WebElement toggle = browser.findElement(By.cssSelector("[data-testid=voice-toggle]"));
        assertEquals("false", toggle.getDomAttribute("aria-pressed"));

        // when voice is switched on, a line is spoken, and it is switched off again
        toggle.click();
        String on = toggle.getDomAttribute("aria-pressed");
        send(browser, SORRY);
        waitForCount(browser, "[data-testid=grade-card]", 1);
        waitUntilIdle(browser);
        toggle.click();

        // then it said so each time, typing still worked, and the console has no error
        assertEquals("true", on);
        assertEquals("false", toggle.getDomAttribute("aria-pressed"));
        assertEquals("Read aloud: off", toggle.getText());
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                // The style.css page visited to clear storage asks for /favicon.ico; the app does not.
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
        assertEquals(List.of(), errors);
    }

    // --- helpers ---

    private List<WebElement> waitForItems(ChromeDriver driver, int count) {
        within(driver).until(d -> d.findElements(By.cssSelector("[data-testid=history-item]")).size() == count);
        return driver.findElements(By.cssSelector("[data-testid=history-item]"));
    }
}

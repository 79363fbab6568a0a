package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.account.UsersCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 10 in a real browser: guests, accounts, history, progress, the report, retrying a reply, voice. */
@Tag("browser")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PeoplePagesTest {
    private static final String SORRY = "I'm so sorry your order didn't arrive, I understand how upsetting that must be.";
    private static final String QUESTION = "Could you tell me your order number so I can check where it is?";

    @TempDir
    Path temp;
    private ChatServer server;
    private ChromeDriver browser;
    private ChromeDriver other;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        server = ChatServer.start(temp.resolve("data"));
        browser = HeadlessChromium.start(temp);
    }

    @AfterEach
    void stop() {
        for (ChromeDriver driver : new ChromeDriver[] {browser, other}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aGuest_practises_andFindsTheSessionInHistory_whileASecondBrowserCannotOpenIt() throws Exception {
        // given a guest who practised one session with no set-up
        String session = practise(browser, SORRY);

        // when they open their history, and a second browser tries the same session's report
        browser.get(server.url() + "history.html");
        List<WebElement> items = waitForItems(browser, 1);
        other = HeadlessChromium.start(temp);
        other.get(server.url() + "report.html?session=" + session);
        String refused = wait(other).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=report-problem]"))).getText();
        other.get(server.url() + "history.html");
        wait(other).until(d -> !d.findElements(By.cssSelector("[data-testid=history-empty]")).isEmpty());

        // then the guest sees it with its outcome and score, and the other browser sees nothing of it
        assertEquals(session, items.get(0).getDomAttribute("data-session"));
        assertTrue(items.get(0).getText().contains("Ended"), items.get(0).getText());
        assertTrue(items.get(0).findElement(By.cssSelector("[data-testid=history-score]")).getText().matches("Score \\d+/100"));
        assertTrue(refused.contains("No session of yours"), refused);
        assertFalse(other.getPageSource().contains("upsetting"));

        // and opening it shows the read-only transcript with its grade
        browser.findElement(By.cssSelector("[data-testid=history-open]")).click();
        wait(browser).until(d -> d.findElements(By.cssSelector("[data-testid=report-transcript] [data-testid=grade-card]")).size() == 1);
        assertTrue(browser.findElements(By.cssSelector("textarea, [data-testid=send-button]")).isEmpty());
    }

    @Test
    void aCreatedLearner_signsIn_andSeesOnlyTheirOwnSessions() throws Exception {
        // given a guest's session in one browser, and an account made with 'users add'
        practise(browser, SORRY);
        addUser("Avery", "learner", "avery-password");

        // when the learner signs in on another browser and practises there
        other = HeadlessChromium.start(temp);
        other.get(server.url() + "signin.html");
        wait(other).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=signin-name]"))).sendKeys("avery");
        other.findElement(By.cssSelector("[data-testid=signin-password]")).sendKeys("wrong-password", Keys.ENTER);
        String wrong = wait(other).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=signin-problem]"))).getText();
        other.findElement(By.cssSelector("[data-testid=signin-password]")).sendKeys("avery-password", Keys.ENTER);
        wait(other).until(d -> d.findElements(By.cssSelector("[data-testid=nav-name]")).stream()
                .anyMatch(e -> e.getText().equals("Avery")));
        String mine = practise(other, QUESTION);
        other.get(server.url() + "history.html");
        List<WebElement> items = waitForItems(other, 1);

        // then a wrong password was told plainly, and the history holds their session only
        assertTrue(wrong.contains("do not match"), wrong);
        assertEquals(1, items.size());
        assertEquals(mine, items.get(0).getDomAttribute("data-session"));
    }

    @Test
    void retryingAReply_showsBothTries_andThePersonaAnswersTheNewOne() {
        // given a practice chat with two graded replies
        startChat(browser);
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
        wait(browser).until(d -> d.findElements(By.cssSelector("[data-testid=try]")).size() == 1);
        wait(browser).until(d -> d.findElements(By.cssSelector("#transcript > [data-testid=partner-message]")).size() == 2
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
            practise(browser, reply);
        }

        // when the learner opens their progress
        browser.get(server.url() + "progress.html");
        wait(browser).until(d -> !d.findElements(By.cssSelector("[data-testid=legend-skill]")).isEmpty());

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
        String session = practise(browser, SORRY);
        browser.get(server.url() + "report.html?session=" + session);
        wait(browser).until(d -> d.findElements(By.cssSelector("[data-testid=report-transcript] [data-testid=grade-card]")).size() == 1);
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
        startChat(browser);
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

    /** Starts the first customer scenario, replies once, ends the session; returns its id. */
    private String practise(ChromeDriver driver, String reply) {
        startChat(driver);
        send(driver, reply);
        waitForCount(driver, "[data-testid=grade-card]", 1);
        waitUntilIdle(driver);
        String session = String.valueOf(driver.executeScript("return window.__hotseat.lastSession"));
        driver.findElement(By.cssSelector("[data-testid=end-button]")).click();
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=end-confirm]"))).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outcome]")));
        return session;
    }

    private void startChat(ChromeDriver driver) {
        driver.get(server.url() + "style.css");
        driver.executeScript("sessionStorage.clear()");
        driver.get(server.url());
        wait(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]"))).click();
        waitForCount(driver, "[data-testid=partner-message]", 1);
        waitUntilIdle(driver);
    }

    private void send(ChromeDriver driver, String text) {
        wait(driver).until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send")
                || !d.findElement(By.cssSelector("[data-testid=reply-input]")).getDomProperty("value").isEmpty());
        WebElement input = driver.findElement(By.cssSelector("[data-testid=reply-input]"));
        input.sendKeys(text);
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=send-button]")));
        input.sendKeys(Keys.ENTER);
    }

    private void waitUntilIdle(ChromeDriver driver) {
        wait(driver).until(d -> !d.findElement(By.cssSelector("[data-testid=typing]")).isDisplayed()
                && d.findElements(By.cssSelector("[data-testid=partner-message].streaming")).isEmpty()
                && d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
    }

    private void waitForCount(ChromeDriver driver, String css, int count) {
        wait(driver).until(d -> d.findElements(By.cssSelector(css)).size() >= count);
    }

    private List<WebElement> waitForItems(ChromeDriver driver, int count) {
        wait(driver).until(d -> d.findElements(By.cssSelector("[data-testid=history-item]")).size() == count);
        return driver.findElements(By.cssSelector("[data-testid=history-item]"));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private void addUser(String name, String role, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = UsersCommand.run(new String[] {"add", name, "--role", role, "--data", temp.resolve("data").toString()},
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)), new PrintStream(out),
                new PrintStream(out), Map.of());
        assertEquals(0, code, out.toString());
    }
}

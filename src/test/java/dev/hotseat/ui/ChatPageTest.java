package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser chat in headless Chromium against the real server with its offline engines. */
@BrowserTest
class ChatPageTest implements PageQueries {
    private static final String FIRST = LearnerSteps.SORRY;
    private static final String SECOND = "Could you tell me your order number? I will personally make sure a replacement goes out today.";

    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openFreshPage() {
        browser = hotseat.browser();
        browser.manage().window().setSize(new Dimension(1280, 900));
        // Cleared on a page that runs no script, so no late message from the previous test's chat can write
        // the stored session back before the app loads.
        hotseat.openFreshPage();
        wait = Waits.upTo(browser, 15);
    }

    @AfterEach
    void pageLoggedNoErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // The style.css page that setup visits to clear storage asks for /favicon.ico; the app does not.
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
        assertEquals(List.of(), errors, "the page logged errors");
    }

    @Test
    void customerChat_showsPersonaLinesGradeCardsWithEvidence_andMovesTheMood() throws IOException {
        // given a customer scenario started from the start screen
        startFirstCustomerScenario();
        String openingMood = waitForMood();
        assertEquals(true, js("return !('__hotseat' in window)"), "the page ships a test hook to learners");

        // when the learner sends two replies
        send(FIRST);
        waitForCount("[data-testid=grade-card]", 1);
        waitForCount("[data-testid=partner-message]", 2);
        send(SECOND);
        waitForCount("[data-testid=grade-card]", 2);
        waitForCount("[data-testid=partner-message]", 3);
        waitUntilIdle();

        // then persona lines, two grade cards quoting the learner's own words, and a mood that moved
        for (WebElement line : all("[data-testid=partner-message] .bubble-text")) {
            assertFalse(line.getText().isBlank(), "a persona line is empty");
        }
        List<WebElement> cards = all("[data-testid=grade-card]");
        assertEvidenceQuotes(cards.get(0), FIRST);
        assertEvidenceQuotes(cards.get(1), SECOND);
        List<WebElement> replies = all("[data-testid=learner-message]");
        assertHighlights(replies.get(0), FIRST);
        assertHighlights(replies.get(1), SECOND);
        assertNotEquals(openingMood, moodLevel(), "the mood meter did not move after two replies");
        screenshot("chat-desktop.png");
        fullPageScreenshot("chat-desktop-full.png");
    }

    @Test
    void endButton_asksFirst_showsTheSummary_andPractiseAgainRestartsTheSameScenario() throws IOException {
        // given a chat with one graded reply
        startFirstCustomerScenario();
        screenshot("briefing-desktop.png");
        String persona = find("#briefing .persona").getText();
        assertTrue(persona.matches("You will talk to \\S.*, \\S.*\\."), "the briefing names the persona and its role: " + persona);
        send(FIRST);
        waitForCount("[data-testid=grade-card]", 1);
        waitUntilIdle();

        // when the learner ends the session (and confirms: ending cannot be undone)
        find("[data-testid=end-button]").click();
        assertTrue(find("[data-testid=composer]").isDisplayed(), "End ended the session without asking");
        find("[data-testid=end-confirm]").click();

        // then a summary shows the outcome and the average score, and "Practise again" starts over
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outcome]")));
        assertFalse(outcome.getText().isBlank());
        assertTrue(find("[data-testid=average-score]").getText().matches("(?s)\\d+.*"),
                "no average score: " + find("[data-testid=summary]").getText());
        assertTrue(find("[data-testid=session-score]").getText().matches("(?s)\\d+ for the conversation as a whole\\. Session score \\d+: .+\\."),
                "no session score explained in one sentence: " + find("[data-testid=summary]").getText());
        assertFalse(find("[data-testid=composer]").isDisplayed(), "the reply box stays after the end");
        assertFalse(find("[data-testid=summary]").getText().matches("(?s).*\\b(null|undefined|NaN)\\b.*"),
                "the summary shows a missing value: " + find("[data-testid=summary]").getText());
        screenshot("summary-desktop.png");
        String title = find("[data-testid=scenario-title]").getText();
        String ended = String.valueOf(js("return " + HeadlessChromium.PAGE_SESSION));
        find("[data-testid=practise-again]").click();
        waitForCount("[data-testid=partner-message]", 1);
        wait.until(d -> js("return sessionStorage.getItem('hotseat.session')") != null);
        assertEquals(title, find("[data-testid=scenario-title]").getText());
        assertTrue(find("[data-testid=composer]").isDisplayed());
        assertFalse(String.valueOf(js("return sessionStorage.getItem('hotseat.session')")).contains(ended));
    }

    @Test
    void examMode_keepsGradesHiddenUntilTheEnd_thenShowsThem() {
        // given an exam started from the start screen
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=mode][value=exam]"))).click();
        startFirstCustomerScenario();

        // when the learner replies, then ends
        send(FIRST);
        waitForCount("[data-testid=partner-message]", 2);
        waitUntilIdle();
        int cardsDuringExam = all("[data-testid=grade-card]").size();
        int hiddenDuringExam = all("[data-testid=grade-hidden]").size();
        find("[data-testid=end-button]").click();
        find("[data-testid=end-confirm]").click();

        // then no grade showed during the exam, and the grade card appears with the summary
        assertEquals(0, cardsDuringExam);
        assertEquals(1, hiddenDuringExam);
        waitForCount("[data-testid=grade-card]", 1);
        assertEvidenceQuotes(find("[data-testid=grade-card]"), FIRST);
    }

    @Test
    void interview_hidesTheMoodMeter_andStillGradesTheAnswer() throws IOException {
        // given an interview
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-interview] [data-testid=scenario]"))).click();
        waitForCount("[data-testid=partner-message]", 1);
        waitUntilIdle();

        // when the candidate answers
        send("I stay calm, listen to the whole story, and repeat the problem back so they know I heard it.");
        waitForCount("[data-testid=grade-card]", 1);

        screenshot("interview-desktop.png");

        // then the answer is graded and no mood meter is shown
        assertFalse(find("[data-testid=mood-meter]").isDisplayed(), "an interview shows the mood meter");
        assertTrue(find("[data-testid=scenario-title]").isDisplayed());
    }

    @Test
    void tooLongReply_isBlockedInThePage_andTheServersRefusalShowsAsADismissibleNotice() throws IOException {
        // given a started chat and a reply over the 2,000-character limit in the box
        startFirstCustomerScenario();
        js("const box = document.querySelector('[data-testid=reply-input]');"
                + "box.value = 'a'.repeat(2001); box.dispatchEvent(new Event('input'));");

        // when the page checks it, and a client that skips the check sends it anyway
        boolean sendEnabled = find("[data-testid=send-button]").isEnabled();
        String counter = find("[data-testid=reply-counter]").getText();
        js(HeadlessChromium.PAGE_SOCKET + ".send(JSON.stringify({ type: 'reply', text: 'b'.repeat(2500) }))");

        // then Send is off, the counter says so, and the server's error is a calm notice that can be dismissed
        assertFalse(sendEnabled, "Send stays enabled for 2,001 characters");
        assertEquals("2,001 / 2,000", counter);
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]")));
        assertTrue(notice.getText().contains("2500"), "notice: " + notice.getText());
        screenshot("notice-desktop.png");
        notice.findElement(By.cssSelector("[data-testid=notice-dismiss]")).click();
        assertTrue(all("[data-testid=notice]").isEmpty(), "the notice did not go away");
    }

    @Test
    void shiftEnter_addsALine_andEnterSendsTheWholeReply() {
        // given a started chat
        startFirstCustomerScenario();
        WebElement input = find("[data-testid=reply-input]");

        // when the learner writes two lines with Shift+Enter between them, then presses Enter
        input.sendKeys("I'm so sorry about this.");
        input.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        input.sendKeys("Could you tell me your order number?");
        String drafted = input.getDomProperty("value");
        input.sendKeys(Keys.ENTER);

        // then the box held both lines, and one message with both lines was sent
        assertEquals("I'm so sorry about this.\nCould you tell me your order number?", drafted);
        waitForCount("[data-testid=learner-message]", 1);
        assertEquals(drafted, find("[data-testid=learner-message] .bubble-text").getText());
        assertEquals("", input.getDomProperty("value"));
    }

    @Test
    void typedMarkup_isShownAsLiteralText_notAsElements() {
        // given a started chat
        startFirstCustomerScenario();
        String hostile = "I'm sorry <img src=x onerror=alert(1)> <script>window.__pwned=1</script> <b>really</b>";

        // when the learner sends markup
        send(hostile);
        waitForCount("[data-testid=grade-card], [data-testid=grade-pending]", 1);

        // then it shows as text and no element was made from it
        WebElement message = all("[data-testid=learner-message] .bubble-text").get(0);
        assertEquals(hostile, message.getText());
        assertEquals(0L, js("return document.querySelectorAll('img[src=x], .bubble-text b, .bubble-text script').length"));
        assertEquals(false, js("return [...document.scripts].some(s => s.textContent.includes('__pwned'))"));
        assertEquals(null, js("return window.__pwned ?? null"));
    }

    @Test
    void phoneWidth_hasNoHorizontalScroll_onStartAndChat() throws IOException {
        // given a 360 px wide window
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=scenario]")));
        screenshot("start-desktop.png");
        browser.manage().window().setSize(new Dimension(360, 780));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=scenario]")));
        assertNoHorizontalScroll("start screen");
        screenshot("start-360.png");

        // when a chat runs with a long reply
        startFirstCustomerScenario();
        send("I hear you, and I'm sorry. " + "Averyveryverylongwordwithoutanyspaces".repeat(4));
        waitForCount("[data-testid=grade-card]", 1);
        waitUntilIdle();

        // then nothing overflows sideways
        assertNoHorizontalScroll("chat");
        screenshot("chat-360.png");
        fullPageScreenshot("chat-360-full.png");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        screenshot("chat-360-dark.png");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    }

    @Test
    void droppedSocket_showsReconnecting_thenResumesWithoutDuplicates() throws IOException {
        // given a chat with one graded reply
        List<String> before = chatWithOneGradedReply();

        // when the socket drops
        Object banner = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const banner = document.querySelector('[data-testid=connection-state]');
                const seen = () => banner.dataset.state === 'reconnecting' && !banner.hidden;
                new MutationObserver((changes, observer) => {
                  if (seen()) { observer.disconnect(); done(banner.textContent); }
                }).observe(banner, { attributes: true, childList: true, characterData: true, subtree: true });
                window.__testSockets.at(-1).close();
                """);

        // then the page says it is reconnecting, comes back, and shows the same turns once
        assertTrue(String.valueOf(banner).contains("Reconnecting"), "banner said: " + banner);
        screenshot("reconnecting-desktop.png");
        wait.until(d -> "open".equals(find("[data-testid=connection-state]").getDomAttribute("data-state"))
                && !find("[data-testid=connection-state]").isDisplayed());
        wait.until(d -> transcriptTexts().equals(before));
        assertEquals(before, transcriptTexts());
        assertEquals(1, all("[data-testid=grade-card]").size());
    }

    @Test
    void pageReload_resumesTheSameSession_fromSessionStorage() {
        // given a chat with one graded reply
        List<String> before = chatWithOneGradedReply();

        // when the page is reloaded
        browser.navigate().refresh();

        // then the chat comes back with the same turns and the grade, not the start screen
        wait.until(d -> transcriptTexts().equals(before));
        assertTrue(find("[data-testid=chat-screen]").isDisplayed());
        assertEquals(1, all("[data-testid=grade-card]").size());
        assertNotEquals(null, moodLevel());
    }

    @Test
    void anotherScenarioAfterTheEnd_namesItsOwnPartner_onEveryLineAndWhileTyping() {
        // given a customer chat that has ended
        startFirstCustomerScenario();
        String customer = briefedPartner();
        send(FIRST);
        waitForCount("[data-testid=grade-card]", 1);
        waitUntilIdle();
        find("[data-testid=end-button]").click();
        find("[data-testid=end-confirm]").click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=choose-another]"))).click();

        // when the learner starts an interview from the list and answers
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-interview] [data-testid=scenario]"))).click();
        waitForCount("[data-testid=partner-message]", 1);
        waitUntilIdle();
        String interviewer = briefedPartner();
        send("I stay calm, listen to the whole story, and repeat the problem back so they know I heard it.");
        waitForCount("[data-testid=grade-card]", 1);
        waitForCount("[data-testid=partner-message]", 2);
        waitUntilIdle();

        // then every line and the typing note name the interviewer, and nothing of the customer's chat is left
        assertNotEquals(customer, interviewer, "the two scenarios have the same partner");
        assertEquals(List.of(interviewer, interviewer), speakers());
        assertEquals(interviewer + " is replying…", js("return document.getElementById('typing-text').textContent"));
        assertEquals(1, all("[data-testid=learner-message]").size());
    }

    @Test
    void examAfterAReconnect_carriesOn_withItsPartnersName_andGradesStillHiddenUntilTheEnd() {
        // given an exam with one answered reply
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=mode][value=exam]"))).click();
        List<String> before = chatWithOneAnsweredReply();
        String customer = briefedPartner();

        // when the socket drops, the page resumes, and the learner replies again
        long sockets = (Long) js("return window.__testSockets.length");
        js(HeadlessChromium.PAGE_SOCKET + ".close()");
        wait.until(d -> (Boolean) js("return window.__testSockets.length > arguments[0] && "
                + HeadlessChromium.PAGE_SOCKET + ".readyState === WebSocket.OPEN", sockets));
        wait.until(d -> transcriptTexts().equals(before));
        send(SECOND);
        waitForCount("[data-testid=partner-message]", 3);
        waitUntilIdle();

        // then the chat went on with the same partner, its grades stayed hidden, and the end shows them all
        assertEquals(List.of(customer, customer, customer), speakers());
        assertEquals(0, all("[data-testid=grade-card]").size(), "an exam showed a grade after the resume");
        assertEquals(2, all("[data-testid=grade-hidden]").size());
        find("[data-testid=end-button]").click();
        find("[data-testid=end-confirm]").click();
        waitForCount("[data-testid=grade-card]", 2);
        assertEvidenceQuotes(all("[data-testid=grade-card]").get(1), SECOND);
    }

    /** Starts the first customer scenario, sends one reply and waits for the answer; returns the transcript. */
    private List<String> chatWithOneAnsweredReply() {
        startFirstCustomerScenario();
        send(FIRST);
        waitForCount("[data-testid=partner-message]", 2);
        waitUntilIdle();
        return transcriptTexts();
    }

    /** The partner the briefing names (read as text: the briefing folds away after the first reply). */
    private String briefedPartner() {
        return String.valueOf(js("return document.querySelector('#briefing .persona strong').textContent"));
    }

    private List<String> speakers() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js(
                "return [...document.querySelectorAll('#transcript [data-testid=partner-message] .speaker')].map(e => e.textContent)");
        return names;
    }

    /** Starts the first customer scenario, sends one reply and waits for its grade and answer; returns the transcript. */
    private List<String> chatWithOneGradedReply() {
        startFirstCustomerScenario();
        send(FIRST);
        waitForCount("[data-testid=grade-card]", 1);
        waitForCount("[data-testid=partner-message]", 2);
        waitUntilIdle();
        return transcriptTexts();
    }

    private void startFirstCustomerScenario() {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]"))).click();
        waitForCount("[data-testid=partner-message]", 1);
        waitUntilIdle();
    }

    private void send(String text) {
        // "Send" (not "Waiting…", "Offline…" or "Resuming…") means the page takes a reply now.
        wait.until(d -> find("[data-testid=send-button]").getText().equals("Send"));
        WebElement input = find("[data-testid=reply-input]");
        input.sendKeys(text);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=send-button]")));
        input.sendKeys(Keys.ENTER);
    }

    private void waitUntilIdle() {
        wait.until(d -> !find("[data-testid=typing]").isDisplayed()
                && all("[data-testid=partner-message].streaming").isEmpty());
    }

    private String waitForMood() {
        wait.until(d -> moodLevel() != null);
        return moodLevel();
    }

    private String moodLevel() {
        return find("[data-testid=mood-meter]").getDomAttribute("data-level");
    }

    private void assertEvidenceQuotes(WebElement card, String typed) {
        List<WebElement> quotes = card.findElements(By.cssSelector("[data-testid=evidence]"));
        assertFalse(quotes.isEmpty(), "no evidence quoted in grade card: " + card.getText());
        for (WebElement quote : quotes) {
            // textContent, not getText(): the card rises in from opacity 0, and Selenium reads a fading element as "".
            String evidence = quote.getDomProperty("textContent");
            assertTrue(!evidence.isBlank() && typed.contains(evidence),
                    "evidence '" + evidence + "' is not part of what was typed: " + typed);
        }
    }

    private void assertHighlights(WebElement reply, String typed) {
        List<WebElement> marks = reply.findElements(By.cssSelector(".bubble-text [data-testid=evidence-mark]"));
        assertFalse(marks.isEmpty(), "nothing highlighted in the reply: " + reply.getText());
        marks.forEach(mark -> assertTrue(typed.contains(mark.getText()), "highlight '" + mark.getText() + "' not typed"));
        assertEquals(typed, reply.findElement(By.cssSelector(".bubble-text")).getText(), "highlighting changed the text");
    }

    private void assertNoHorizontalScroll(String where) {
        long scrollWidth = (Long) js("return document.scrollingElement.scrollWidth");
        long innerWidth = (Long) js("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth, where + " scrolls sideways: " + scrollWidth + " > " + innerWidth);
    }

    private List<String> transcriptTexts() {
        // Read in one script: the transcript is rebuilt on resume, so element handles can go stale.
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js(
                "return [...document.querySelectorAll('#transcript .turn .bubble-text')].map(e => e.innerText)");
        return texts;
    }

    private void waitForCount(String css, int count) {
        wait.until(d -> all(css).size() >= count);
    }

    @Override
    public ChromeDriver browser() {
        return browser;
    }

    private void screenshot(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshotPath(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void fullPageScreenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) js("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 160, 6000)));
        screenshot(name);
        browser.manage().window().setSize(before);
    }

    private static Path screenshotPath(String name) throws IOException {
        Path target = Path.of(System.getProperty("hotseat.root", "."), "target", "screenshots", name);
        Files.createDirectories(target.getParent());
        return target;
    }
}

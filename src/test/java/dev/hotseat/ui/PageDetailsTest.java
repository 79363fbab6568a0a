package dev.hotseat.ui;

import static dev.hotseat.ui.LearnerSteps.send;
import static dev.hotseat.ui.LearnerSteps.startChat;
import static dev.hotseat.ui.LearnerSteps.waitForCount;
import static dev.hotseat.ui.LearnerSteps.waitUntilIdle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.support.HotseatExtension;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page details a newcomer hit in their first hour (issue 20, item 6), each seen where it shows: on the review
 * page, the start page and the dashboard at 390 px, the trend and progress charts, the grade card, the printed
 * report and the microphone.
 */
@AccessibilityTest
class PageDetailsTest {
    private static final String ROBIN = "robin-the-learner-password";
    /** A reply with a habit the grader flags, so its card has a tip, a "Watch out" and a rewrite. */
    private static final String BLAMING = "Calm down, it's not my fault the courier lost it.";
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage()
            .withAccount("Robin", "learner", ROBIN);
    private static ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void aGuestBrowser() {
        browser = hotseat.browser();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().deleteAllCookies();
        wait = Waits.upTo(browser, 20);
    }

    @AfterEach
    void screenAsBefore() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Replies once (a flagged habit), ends the session; returns its id. */
    private String practiseOnce() {
        startChat(browser, hotseat.url());
        send(browser, BLAMING);
        waitForCount(browser, "[data-testid=grade-card]", 1);
        waitUntilIdle(browser);
        String session = String.valueOf(browser.executeScript("return " + HeadlessChromium.PAGE_SESSION));
        browser.findElement(By.cssSelector("[data-testid=end-button]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=end-confirm]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outcome]")));
        return session;
    }

    private String bodyText() {
        return String.valueOf(browser.executeScript("return document.body.innerText"));
    }

    @Test
    void theReviewPage_saysNoNull_andEveryColumnHeaderHasWords() {
        // given a guest's practice, opened by a coach on the review page
        practiseOnce();
        CoachPages.openAsCoach(browser, hotseat.url() + "review.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=review-open]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=turn-review]")));

        // then no "null" or "undefined" is written anywhere, and axe finds no empty header nor a skipped heading
        java.util.regex.Matcher literal = java.util.regex.Pattern.compile("(?s).{0,80}\\b(null|undefined|NaN)\\b.{0,40}")
                .matcher(bodyText());
        assertFalse(literal.find(), () -> literal.group());
        assertEquals(List.of(), Axe.violationsOf(browser, "empty-table-header", "heading-order"));
    }

    @Test
    void theGradeCard_keepsItsHeadingsInOrder_andSaysTheSuggestedLineOnce() {
        // when a guest's reply is graded with a habit flagged
        startChat(browser, hotseat.url());
        send(browser, BLAMING);
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=grade-card]")));
        waitUntilIdle(browser);

        // then the card names the rewrite once, no tip repeats it, and the headings go down one level at a time
        String rewrite = card.findElement(By.cssSelector("[data-testid=grade-rewrite] q")).getText();
        String text = String.valueOf(browser.executeScript("return arguments[0].textContent", card));
        assertFalse(rewrite.isBlank());
        assertEquals(1, occurrences(text, rewrite), text);
        assertFalse(text.contains("Try: \""), text);
        assertEquals(List.of(), Axe.violationsOf(browser, "heading-order"));
    }

    @Test
    void at390px_theStartPageKeepsRadiosBesideTheirLabels_andNoWordIsCut() {
        // given a phone-sized window
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(hotseat.url());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario]")));

        // then each radio sits on the line of its label's words
        for (WebElement label : browser.findElements(By.cssSelector("[data-testid=mode-toggle] label"))) {
            Map<?, ?> radio = rect(label.findElement(By.cssSelector("input")));
            Map<?, ?> words = rect(label.findElement(By.cssSelector("b")));
            double middle = number(radio, "top") + number(radio, "height") / 2;
            assertTrue(middle > number(words, "top") && middle < number(words, "bottom"), label.getText());
        }
        // and no word of the bar, the choices or the badges is broken across two lines, and nothing scrolls sideways
        assertNoWordCut("[data-testid=top-bar] a, [data-testid=mode-toggle] b, .badge");
        assertNoSidewaysScroll();
    }

    @Test
    void at390px_theHistoryAndTheDashboardDoNotScrollSideways() {
        // given a practice, and a phone-sized window
        practiseOnce();
        browser.manage().window().setSize(new Dimension(390, 844));

        // then the history keeps its badges whole and fits the screen
        browser.get(hotseat.url() + "history.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=history-item]")));
        assertNoWordCut(".badge, [data-testid=top-bar] a");
        assertNoSidewaysScroll();

        // and so does the dashboard, once drawn
        CoachPages.openAsCoach(browser, hotseat.url() + "dashboard.html");
        wait.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
        assertNoSidewaysScroll();
    }

    @Test
    void aLearnerWithOnePractice_hasATrendChartOfDays_notYears() {
        // given a guest's one practice, on the coach's dashboard
        practiseOnce();
        CoachPages.openAsCoach(browser, hotseat.url() + "dashboard.html");
        wait.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());

        // then the time axis runs about two days round that practice
        Number from = (Number) browser.executeScript("return document.getElementById('trend-chart').chart.scales.x.min");
        Number to = (Number) browser.executeScript("return document.getElementById('trend-chart').chart.scales.x.max");
        double days = (to.doubleValue() - from.doubleValue()) / 86_400;
        assertTrue(days > 1 && days < 3, days + " days " + browser.executeScript(
                "const c = document.getElementById('trend-chart').chart; return JSON.stringify([c.data, c.scales.x])"));
    }

    @Test
    void theProgressChart_givesEverySkillAColourOfItsOwn() {
        // given a finished practice
        practiseOnce();

        // when the progress page draws it
        browser.get(hotseat.url() + "progress.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=legend-skill]")));

        // then no two skills share a colour
        List<String> colours = browser.findElements(By.cssSelector("[data-testid=legend-skill]")).stream()
                .map(li -> li.getAttribute("data-colour")).toList();
        assertTrue(colours.size() >= 9, colours.toString());
        assertEquals(colours.size(), new HashSet<>(colours).size(), colours.toString());
    }

    @Test
    void thePrintedReport_namesTheLearner_signedInOrAGuestWhoWritesTheirName() {
        // given Robin, signed in, with a practice: the printed report says whose it is
        assertEquals(200L, CoachPages.signIn(openStyle(), "Robin", ROBIN));
        String robins = practiseOnce();
        printReport(robins);
        WebElement robin = browser.findElement(By.cssSelector("[data-testid=report-learner]"));
        assertTrue(robin.isDisplayed() && robin.getText().contains("Robin"), robin.getText());

        // and a guest may write a name for the printout
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().deleteAllCookies();
        String guests = practiseOnce();
        browser.get(hotseat.url() + "report.html?session=" + guests);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=print-name]"))).sendKeys("Sam Guest");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        WebElement sam = browser.findElement(By.cssSelector("[data-testid=report-learner-name]"));
        assertTrue(sam.isDisplayed() && sam.getText().contains("Sam Guest"), sam.getText());
        assertFalse(browser.findElement(By.cssSelector("[data-testid=print-name]")).isDisplayed());
    }

    @Test
    void aDeniedMicrophone_isSaidOnThePage_withWhatToDo() {
        // given a browser whose speech recognition is refused the microphone
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.SpeechRecognition = class extends EventTarget {
                  start() { setTimeout(() => { const e = new Event('error'); e.error = 'not-allowed';
                    this.dispatchEvent(e); this.dispatchEvent(new Event('end')); }, 50); }
                  stop() {}
                };"""));
        try {
            // when the learner presses Speak in a chat
            startChat(browser, hotseat.url());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=mic-button]"))).click();

            // then a notice says the microphone is blocked and how to go on
            String said = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=mic-problem]"))).getText();
            assertTrue(said.contains("blocked") && said.contains("type your reply"), said);
            assertEquals("Speak", browser.findElement(By.cssSelector("[data-testid=mic-button]")).getText());
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
        }
    }

    // ---- steps and checks

    private ChromeDriver openStyle() {
        browser.get(hotseat.url() + "style.css");
        return browser;
    }

    private void printReport(String session) {
        browser.get(hotseat.url() + "report.html?session=" + session);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=report-summary]")));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    private void assertNoWordCut(String css) {
        Object cut = browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.offsetParent && !e.textContent.trim().includes(' ')"
                + " && (() => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length > 1; })())"
                + ".map(e => e.textContent)", css);
        assertEquals(List.of(), cut);
    }

    private void assertNoSidewaysScroll() {
        Object widths = browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth,"
                + " [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth"
                + " && !e.closest('.table-wrap') && getComputedStyle(e).position !== 'fixed').slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + e.getBoundingClientRect().right)]");
        List<?> w = (List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), widths.toString());
    }

    private static Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) ((ChromeDriver) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height};",
                element);
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.FakeLibrary;
import dev.hotseat.support.HotseatExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Everything typed by a learner or a coach, and every error that quotes input, shows as text in the page: markup
 * in a scenario file, a reply, the persona's echo of it or an error message never becomes elements or runs.
 */
@BrowserTest
class PageEscapingTest {
    private static final String TITLE = "Lost <img src=x onerror=\"window.__pwned='title'\"> <b>parcel</b>";
    private static final String SUMMARY = "<script>window.__pwned='summary'</script>Order late";
    private static final String BRIEFING = "You are the rep. <img src=x onerror=\"window.__pwned='briefing'\">";
    private static final String PERSONA = "<svg onload=\"window.__pwned='persona'\"></svg>Dana";
    private static final String POLICY = "<a href=\"javascript:window.__pwned='policy'\">refund</a>";
    private static final String REPLY = "I'm sorry <img src=x onerror=\"window.__pwned='reply'\"></div><b>bold</b>";
    private static final String BAD_ID = "<img src=x onerror=\"window.__pwned='error'\">";

    private static final Scenario HOSTILE = new Scenario("lost-parcel", Mode.CUSTOMER, TITLE, Difficulty.MEDIUM,
            SUMMARY, BRIEFING, new Scenario.Persona(PERSONA, "customer", "curt"), "Order 4411 is late.",
            Map.of("order", "4411"), List.of(), new Scenario.Want("a refund", List.of("refund")), List.of(POLICY),
            List.of(), new Scenario.MoodSettings(70, 3, 1, 30), Map.of(), null, null, "", "customer",
            "scenarios/lost-parcel.md");

    /** One customer scenario whose every text field a coach could have filled with markup. */
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline()
            .library(() -> new FakeLibrary(List.of(HOSTILE), List.of())).servingPage();
    private static ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = hotseat.browser();
    }

    @Test
    void markupFromScenarioFilesRepliesEchoesAndErrors_isShownAsText_andNeverRuns() {
        // given the start screen listing a scenario whose every field holds markup
        browser.get(hotseat.url());
        WebDriverWait wait = Waits.upTo(browser, 15);
        WebElement card = wait.until(d -> d.findElement(By.cssSelector("[data-testid=scenario]")));
        assertTrue(card.getText().contains("<b>parcel</b>") && card.getText().contains("<script>"), card.getText());

        // when the learner starts it and sends a reply with markup, which the persona echoes back
        card.click();
        wait.until(d -> text("[data-testid=send-button]").strip().equals("Send"));
        browser.findElement(By.cssSelector("[data-testid=reply-input]")).sendKeys(REPLY, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).size() >= 2
                && !d.findElements(By.cssSelector("[data-testid=grade-card]")).isEmpty());
        // and a message the server refuses, quoting the markup back in its error
        js(HeadlessChromium.PAGE_SOCKET + ".send(JSON.stringify({type: 'start', scenario: arguments[0]}))", BAD_ID);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=notice]")).stream()
                .anyMatch(n -> n.getText().contains(BAD_ID)));

        // then the markup is text everywhere, no element was made from it, and nothing ran
        assertEquals(TITLE, text("[data-testid=scenario-title]"));
        assertTrue(text("[data-testid=briefing]").contains(BRIEFING), text("[data-testid=briefing]"));
        assertTrue(text("[data-testid=briefing]").contains("<svg"), "persona name as text");
        assertEquals(REPLY, text("[data-testid=learner-message] .bubble-text"));
        assertTrue(text("body").contains("You said: " + REPLY), "the persona's echo, as text");
        assertEquals("", js("return [...document.querySelectorAll('[onerror], [onload], a[href^=javascript], "
                + "script:not([src]), img[src=x]')].map(e => e.outerHTML).join()"));
        assertEquals(null, js("return window.__pwned ?? null"));
    }

    @Test
    void contentSecurityPolicy_isEnforcedByTheBrowser_soAnInjectedInlineScriptWouldNotRun() {
        browser.get(hotseat.url());

        Object ran = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.addEventListener('securitypolicyviolation', () => done(window.__inline ?? 'blocked'));
                const s = document.createElement('script');
                s.textContent = 'window.__inline = "ran"';
                document.body.append(s);
                setTimeout(() => done(window.__inline ?? 'no event'), 2000);""");

        assertEquals("blocked", ran);
    }

    /** The element's text content (also inside the briefing, which folds away after the first reply). */
    private static String text(String css) {
        return String.valueOf(js("return document.querySelector(arguments[0]).textContent", css));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}

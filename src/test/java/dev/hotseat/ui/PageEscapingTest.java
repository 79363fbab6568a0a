package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Rubric;
import dev.hotseat.persona.Difficulty;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownScenarioException;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.Fixtures;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.web.HotseatServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
@Tag("browser")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageEscapingTest {
    private static final String TITLE = "Lost <img src=x onerror=\"window.__pwned='title'\"> <b>parcel</b>";
    private static final String SUMMARY = "<script>window.__pwned='summary'</script>Order late";
    private static final String BRIEFING = "You are the rep. <img src=x onerror=\"window.__pwned='briefing'\">";
    private static final String PERSONA = "<svg onload=\"window.__pwned='persona'\"></svg>Dana";
    private static final String POLICY = "<a href=\"javascript:window.__pwned='policy'\">refund</a>";
    private static final String REPLY = "I'm sorry <img src=x onerror=\"window.__pwned='reply'\"></div><b>bold</b>";
    private static final String BAD_ID = "<img src=x onerror=\"window.__pwned='error'\">";

    @TempDir
    static Path temp;
    private static HotseatServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path web = Path.of(System.getProperty("hotseat.root", ".")).resolve("web");
        server = HotseatServer.start(new HotseatServer.Setup(0, temp.resolve("data"), web, new HostileLibrary(),
                Engines.offline(new KeywordEvaluator(), new FakePartner()), "coach"));
        browser = HeadlessChromium.start(temp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void markupFromScenarioFilesRepliesEchoesAndErrors_isShownAsText_andNeverRuns() {
        // given the start screen listing a scenario whose every field holds markup
        browser.get("http://localhost:" + server.port() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement card = wait.until(d -> d.findElement(By.cssSelector("[data-testid=scenario]")));
        assertTrue(card.getText().contains("<b>parcel</b>") && card.getText().contains("<script>"), card.getText());

        // when the learner starts it and sends a reply with markup, which the persona echoes back
        card.click();
        wait.until(d -> text("[data-testid=send-button]").strip().equals("Send"));
        browser.findElement(By.cssSelector("[data-testid=reply-input]")).sendKeys(REPLY, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).size() >= 2
                && !d.findElements(By.cssSelector("[data-testid=grade-card]")).isEmpty());
        // and a message the server refuses, quoting the markup back in its error
        js("window.__hotseat.socket.send(JSON.stringify({type: 'start', scenario: arguments[0]}))", BAD_ID);
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
        browser.get("http://localhost:" + server.port() + "/");

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

    /** One customer scenario whose every text field a coach could have filled with markup. */
    private static final class HostileLibrary implements PromptLibrary {
        private final Scenario scenario = new Scenario("lost-parcel", Mode.CUSTOMER, TITLE, Difficulty.MEDIUM, SUMMARY,
                BRIEFING, new Scenario.Persona(PERSONA, "customer", "curt"), "Order 4411 is late.",
                Map.of("order", "4411"), List.of(), new Scenario.Want("a refund", List.of("refund")), List.of(POLICY),
                List.of(), new Scenario.MoodSettings(70, 3, 1, 30), Map.of(), null, null, "", "customer",
                "scenarios/lost-parcel.md");

        @Override
        public List<Scenario> scenarios() {
            return List.of(scenario);
        }

        @Override
        public Scenario scenario(String id) {
            if (!scenario.id().equals(id)) {
                throw new UnknownScenarioException(id, List.of(scenario.id()));
            }
            return scenario;
        }

        @Override
        public Rubric rubric(String id) {
            return Fixtures.rubric(id, Mode.CUSTOMER);
        }

        @Override
        public Rubric rubric(Mode mode) {
            return rubric(mode.wire());
        }

        @Override
        public String template(String name) {
            return "";
        }

        @Override
        public List<PromptProblem> problems() {
            return List.of();
        }
    }
}

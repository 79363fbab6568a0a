package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.FakePartner;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.KeywordEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** When a turn fails on the server, the page says so and lets the learner go on instead of waiting forever. */
@BrowserTest
class PageAfterServerFailureTest {
    private static final Evaluator EXPLODES_ONCE = exchange -> {
        if (exchange.reply().contains("explode")) {
            throw new IllegalStateException("evaluator broke on this reply");
        }
        return new KeywordEvaluator().grade(exchange);
    };

    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline()
            .engines(Engines.offline(EXPLODES_ONCE, new FakePartner())).servingPage();
    private ChromeDriver browser;

    @Test
    void internalErrorDuringATurn_isShown_andTheNextReplyCanBeSent() {
        // given a chat
        WebDriverWait wait = openFreshChat();

        // when a reply breaks the turn on the server
        send("please explode");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=notice]")).stream()
                .anyMatch(n -> n.getText().contains("Something went wrong")));

        // then the page takes the next reply, which the persona answers
        wait.until(PageAfterServerFailureTest::readyToSend);
        send("I'm sorry about that");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).stream()
                .anyMatch(m -> m.getText().contains("You said: I'm sorry about that")));
        assertEquals(2, browser.findElements(By.cssSelector("[data-testid=learner-message]")).size());
        assertTrue(readyToSend(browser));
    }

    @Test
    void reloadAfterATurnThatGotNoAnswer_resumes_andLetsTheLearnerGoOn() {
        // given a chat whose last reply was stored but never answered
        WebDriverWait wait = openFreshChat();
        send("please explode");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=notice]")).stream()
                .anyMatch(n -> n.getText().contains("Something went wrong")));

        // when the page is reloaded and resumes the session
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=learner-message]")).size() == 1);

        // then it does not wait for an answer that will never come
        wait.until(PageAfterServerFailureTest::readyToSend);
        send("I'm sorry about that");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).stream()
                .anyMatch(m -> m.getText().contains("You said: I'm sorry about that")));
    }

    /** Clears the stored session on a page that runs no script, then starts the customer scenario. */
    private WebDriverWait openFreshChat() {
        browser = hotseat.openFreshPage();
        WebDriverWait wait = Waits.upTo(browser, 15);
        wait.until(d -> d.findElement(By.cssSelector("[data-scenario=late-parcel]"))).click();
        wait.until(PageAfterServerFailureTest::readyToSend);
        return wait;
    }

    private static boolean readyToSend(WebDriver d) {
        return d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send");
    }

    private void send(String text) {
        browser.findElement(By.cssSelector("[data-testid=reply-input]")).sendKeys(text, Keys.ENTER);
    }
}

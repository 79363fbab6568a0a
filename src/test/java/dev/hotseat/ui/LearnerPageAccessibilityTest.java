package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.support.HotseatExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core finds no serious or critical problem on the learner's page: start screen, then a graded chat. */
@AccessibilityTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LearnerPageAccessibilityTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();

    @Test
    void startScreenAndGradedChat_haveNoSeriousViolations_inAnyLook() {
        // given the page
        ChromeDriver browser = hotseat.browser();
        hotseat.openFreshPage();
        WebDriverWait wait = Waits.upTo(browser, 15);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]")));

        // when axe checks the start screen, then a chat with one graded reply
        List<String> startScreen = Axe.seriousViolationsInEveryLook(browser);
        browser.findElement(By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).size() >= 1);
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
        browser.findElement(By.cssSelector("[data-testid=reply-input]"))
                .sendKeys("I'm sorry this happened. Could you tell me your order number?", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=grade-card]")).size() >= 1);
        List<String> chat = Axe.seriousViolationsInEveryLook(browser);

        // then neither has a serious or critical violation
        assertEquals(List.of(), startScreen, "start screen");
        assertEquals(List.of(), chat, "chat");
    }
}

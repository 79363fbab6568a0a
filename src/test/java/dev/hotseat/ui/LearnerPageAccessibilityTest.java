package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.support.HotseatExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
    static final HotseatExtension hotseat = HotseatExtension.shippedPrompts().servingPage();

    @ParameterizedTest
    @EnumSource(Axe.Look.class)
    void startScreenAndGradedChat_haveNoSeriousViolations(Axe.Look look) {
        // given the page in this look
        ChromeDriver browser = hotseat.browser();
        Axe.apply(browser, look);
        hotseat.openFreshPage();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]")));

        // when axe checks the start screen, then a chat with one graded reply
        List<String> startScreen = Axe.seriousViolations(browser);
        browser.findElement(By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).size() >= 1);
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
        browser.findElement(By.cssSelector("[data-testid=reply-input]"))
                .sendKeys("I'm sorry this happened. Could you tell me your order number?", Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=grade-card]")).size() >= 1);
        List<String> chat = Axe.seriousViolations(browser);

        // then neither has a serious or critical violation
        assertEquals(List.of(), startScreen, "start screen, " + look);
        assertEquals(List.of(), chat, "chat, " + look);
    }
}

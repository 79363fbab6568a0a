package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.support.HotseatExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts in the browser on a server with {@code --accounts open}: a visitor signs up on the sign-in page, changes
 * the password on their account page, and a coach's one-time link lets a learner set a new one; the new pages stay
 * clean under axe.
 */
@AccessibilityTest
class AccountPagesTest {
    private static final String CASEY = "casey-the-coach-password";
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.offline().servingPage().withFlags("--accounts", "open")
            .newVisitorEachTest()
            .withAccount("Casey", "coach", CASEY).withAccount("Robin", "learner", "robin's old password");

    /** The class's one browser, started by the first test: a class whose needs are missing never starts it. */
    private static ChromeDriver browser() {
        return hotseat.browser();
    }

    private static WebDriverWait waiting() {
        return Waits.upTo(browser(), 20);
    }

    private void type(String testid, String text) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + testid + "]"))).sendKeys(text);
    }

    private void click(String testid) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + testid + "]"))).click();
    }

    private String signedInAs() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=nav-name]"))).getText();
    }

    @Test
    void aVisitor_signsUpOnTheSignInPage_thenChangesTheirPassword() {
        // when a visitor makes an account with a password everyone tries first, they are told, and nothing is made
        browser().get(hotseat.url() + "signin.html");
        type("signup-name", "Sam");
        type("signup-password", "password123");
        click("signup-submit");
        String weak = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=signup-problem]"))).getText();
        assertTrue(weak.contains("first anyone would try"), weak);

        // when they choose a good one, they are signed in as Sam
        type("signup-password", "kettle on a rainy tuesday");
        click("signup-submit");
        waiting().until(ExpectedConditions.urlToBe(hotseat.url()));
        assertEquals("Sam", signedInAs());

        // and on their account page they change the password
        browser().findElement(By.cssSelector("[data-testid=nav-name]")).click();
        type("current-password", "kettle on a rainy tuesday");
        type("new-password", "porridge with honey at dawn");
        click("password-submit");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=password-changed]")));
        assertEquals(200L, CoachPages.signIn(browser(), "Sam", "porridge with honey at dawn"));
    }

    @Test
    void aCoachsOneTimeLink_letsALearnerSetANewPassword_once() {
        // given Casey makes a link for Robin on the dashboard
        assertEquals(200L, CoachPages.signIn(browser(), "Casey", CASEY));
        browser().get(hotseat.url() + "dashboard.html");
        type("reset-learner", "robin");
        click("reset-make");
        String link = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reset-url]")))
                .getDomProperty("value");
        assertTrue(link.startsWith(hotseat.url() + "reset.html#"), link);

        // when Robin opens it in their own browser and sets a password
        browser().manage().deleteAllCookies();
        browser().get(link);
        type("reset-password", "a brand new sentence of mine");
        click("reset-submit");

        // then Robin is signed in, and the link does not work twice
        waiting().until(ExpectedConditions.urlToBe(hotseat.url()));
        assertEquals("Robin", signedInAs());
        browser().get(link);
        type("reset-password", "yet another good password");
        click("reset-submit");
        String used = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reset-problem]"))).getText();
        assertTrue(used.contains("used already"), used);
    }

    @Test
    void theAccountPages_haveNoSeriousViolations() {
        assertEquals(200L, CoachPages.signIn(browser(), "Casey", CASEY));
        Map<String, List<String>> found = new LinkedHashMap<>();
        browser().get(hotseat.url() + "signin.html");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=signup-form]")));
        found.put("sign-in with sign-up", Axe.seriousViolationsInEveryLook(browser()));
        browser().get(hotseat.url() + "account.html");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=account-who]"), "Casey"));
        found.put("account", Axe.seriousViolationsInEveryLook(browser()));
        browser().get(hotseat.url() + "reset.html#not-a-real-token-but-long-enough-to-look-like-one-");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=reset-form]")));
        found.put("reset", Axe.seriousViolationsInEveryLook(browser()));
        found.forEach((page, violations) -> assertEquals(List.of(), violations, page));
    }
}

package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one top bar: a coach account reaches the studio, review and dashboard from it with no token asked, and wins
 * over a wrong token left in the tab; a learner never sees the coach pages; a guest with the token sees them until
 * they forget it.
 */
@BrowserTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TopBarTest {
    private static final String CASEY = "casey-the-coach-password";
    private static final String ROBIN = "robin-the-learner-password";
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage().newVisitorEachTest()
            .withAccount("Casey", "coach", CASEY).withAccount("Robin", "learner", ROBIN);

    /** The class's one browser, started by the first test: a class whose needs are missing never starts it. */
    private static ChromeDriver browser() {
        return hotseat.browser();
    }

    private static WebDriverWait waiting() {
        return Waits.upTo(browser(), 20);
    }

    private boolean coachLinksShown() {
        return !browser().findElements(By.cssSelector("[data-testid=coach-links]")).isEmpty();
    }

    private void open(String page) {
        browser().get(hotseat.url() + page);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=nav-me]")));
    }

    private void follow(String link) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=nav-" + link + "]"))).click();
    }

    @Test
    void aCoachAccount_reachesStudioReviewAndDashboard_fromTheTopBar_withNoTokenAsked() {
        // given Casey, a coach, signed in
        assertEquals(200L, CoachPages.signIn(browser(), "Casey", CASEY));

        // when Casey opens the practice page, then the top bar offers the coach pages
        open("");
        assertTrue(coachLinksShown());

        // and each opens with its content, and no token form anywhere
        follow("studio");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario-files] [data-testid=file]")));
        follow("review");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=session-list]")));
        follow("dashboard");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=overall-practices]")));
        assertTrue(browser().findElements(By.cssSelector("[data-testid=coach-token]")).isEmpty());
        assertEquals("page", browser().findElement(By.cssSelector("[data-testid=nav-dashboard]")).getAttribute("aria-current"));
    }

    @Test
    void aValidCoachAccount_winsOverAWrongTokenLeftInTheTab() {
        // given a tab that holds a wrong coach token, and Casey signed in
        browser().executeScript("sessionStorage.setItem('hotseat.coachToken', 'a-wrong-token')");
        assertEquals(200L, CoachPages.signIn(browser(), "Casey", CASEY));

        // when Casey opens the review page
        open("review.html");

        // then the sessions show, no token is asked, and the wrong token is gone from the tab
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=session-list]")));
        assertTrue(browser().findElements(By.cssSelector("[data-testid=coach-token]")).isEmpty());
        assertEquals(null, browser().executeScript("return sessionStorage.getItem('hotseat.coachToken')"));
    }

    @Test
    void aLearner_neverSeesTheCoachPages_andIsToldWhyWhenOpeningOne() {
        // given Robin, a learner, signed in
        assertEquals(200L, CoachPages.signIn(browser(), "Robin", ROBIN));

        // then no page of Robin's has the coach links
        for (String page : List.of("", "history.html", "progress.html", "signin.html")) {
            open(page);
            assertTrue(!coachLinksShown(), page);
        }
        // and the studio says it is for coaches, naming who Robin is signed in as
        open("studio.html");
        String denied = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=coach-denied]"))).getText();
        assertTrue(denied.contains("signed in as Robin"), denied);
        assertTrue(!browser().findElement(By.cssSelector("[data-testid=studio-library]")).isDisplayed());
    }

    @Test
    void aGuestWithTheToken_seesTheCoachPages_untilTheyForgetIt() {
        // given a guest on the review page, who gives the coach token
        CoachPages.openAsCoach(browser(), hotseat.url() + "review.html");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=session-list]")));

        // then the coach pages are in the top bar, here and on the practice page
        assertTrue(coachLinksShown());
        open("");
        assertTrue(coachLinksShown());

        // when they forget the token, then the links go
        browser().findElement(By.cssSelector("[data-testid=forget-token]")).click();
        waiting().until(d -> !coachLinksShown());
    }
}

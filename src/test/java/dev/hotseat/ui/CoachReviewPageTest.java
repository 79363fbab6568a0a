package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coach reviews in the browser and the learner sees it; an assignment reaches the learner and turns passed. */
@BrowserTest
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CoachReviewPageTest {
    private static final String REASON = "Sorry for the weather, not for the late parcel";

    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private static ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void freshBrowser() {
        browser = hotseat.browser();
        browser.manage().deleteAllCookies();
        browser.get(hotseat.url() + "style.css");
        browser.executeScript("sessionStorage.clear()");
        wait = Waits.upTo(browser, 15);
        // The start screen may draw its lists twice as it loads (who am I, then the lists): find again when stale.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void pageLoggedNoErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                // The token form appears after a coach route refuses (401, or 403 for a guest): that is the page
                // working. Opening /api/me as a page makes Chromium ask for /favicon.ico, which the app does not have.
                .filter(entry -> !entry.getMessage().matches("(?s).*/api/coach/.* (401|403) .*")
                        && !entry.getMessage().contains("/favicon.ico"))
                .map(entry -> entry.getMessage()).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void coachOverridesACriterionWithAReason_andTheLearnerSeesIt() {
        // given a learner (a guest of this browser) with one graded reply in late-parcel
        browser.get(hotseat.url() + "api/me");
        browser.get(hotseat.url());
        practiseOneReply("late-parcel");

        // when the coach opens the session on the review page and marks apology not shown, with a reason
        CoachPages.openAsCoach(browser, hotseat.url() + "review.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=review-open]"))).click();
        WebElement apology = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=turn-review][data-turn='1'] [data-testid=criterion-row][data-criterion=apology]")));
        assertTrue(apology.getText().contains("shown"), apology.getText());
        new Select(apology.findElement(By.cssSelector("[data-testid=mark-select]"))).selectByValue("false");
        apology.findElement(By.cssSelector("[data-testid=mark-reason]")).sendKeys(REASON);
        browser.findElement(By.cssSelector("[data-testid=turn-review][data-turn='1'] [data-testid=comment-input]"))
                .sendKeys("Name the parcel when you apologise.");
        browser.findElement(By.cssSelector("[data-testid=turn-review][data-turn='1'] [data-testid=save-turn]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=status]"), "Saved"));
        String scores = browser.findElement(By.cssSelector("[data-testid=turn-review][data-turn='1'] [data-testid=turn-scores]")).getText();

        // then the learner, back on the chat page, sees the coach's word beside the automatic grade
        browser.get(hotseat.url());
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=coach-note][data-turn='1']")));
        WebElement mark = note.findElement(By.cssSelector("[data-testid=coach-mark][data-criterion=apology]"));
        assertEquals("false", mark.getAttribute("data-shown"));
        assertEquals(REASON, mark.findElement(By.cssSelector("[data-testid=coach-reason]")).getText());
        assertTrue(mark.getText().contains("the automatic grade said shown"), mark.getText());
        assertEquals("Name the parcel when you apologise.", note.findElement(By.cssSelector("[data-testid=coach-comment] span:last-child")).getText());
        assertTrue(scores.contains("after your marks"), scores);
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid=grade-card]")).size());
        // and their history says who reviewed it and what the automatic grade gave
        browser.get(hotseat.url() + "history.html");
        WebElement reviewed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=history-reviewed]")));
        assertTrue(reviewed.getText().startsWith("Reviewed by coach (the automatic grade gave "), reviewed.getText());
    }

    @Test
    void assignmentShowsUpForTheLearner_andTurnsPassedWhenTheyReachTheMark() throws Exception {
        // given robin, a learner account, and late-parcel assigned to robin with pass mark 10
        hotseat.server().addUser("robin", "learner", "correct horse battery");
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hotseat.url() + "api/coach/assignments"))
                .header("Authorization", "Bearer " + CoachPages.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scenario\":\"late-parcel\",\"learners\":[\"robin\"],\"due\":\"2999-01-01\",\"passMark\":10}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, made.statusCode(), made.body());

        // when robin signs in, the start screen lists it as open
        assertEquals(200L, CoachPages.signIn(browser, "robin", "correct horse battery"));
        browser.get(hotseat.url());
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=assignment]"), "data-state", "open"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=assignment-state]"), "Open"));

        // and robin starts it from there, replies, and ends the session
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-testid=assignment-start]")).click();
            return true;
        });
        replyOnce();
        browser.findElement(By.cssSelector("[data-testid=end-button]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=end-confirm]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=choose-another]"))).click();

        // then, back on the start screen, it is passed
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=assignment]"), "data-state", "passed"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=assignment-state]"), "Passed"));
    }

    private void practiseOneReply(String scenario) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=scenario][data-scenario=" + scenario + "]"))).click();
        replyOnce();
    }

    private void replyOnce() {
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=partner-message]")).size() >= 1);
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
        browser.findElement(By.cssSelector("[data-testid=reply-input]")).sendKeys(LearnerSteps.SORRY, Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=grade-card]")).size() >= 1);
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
    }
}

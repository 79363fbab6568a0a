package dev.hotseat.ui;

import static dev.hotseat.review.Cohort.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hotseat.support.BrowserTest;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.Need;
import dev.hotseat.support.Needs;
import dev.hotseat.review.Cohort;
import dev.hotseat.review.Cohort.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The team dashboard for a seeded cohort (pass mark 80): ana late-parcel [40, 60] → 50 and [90] → 90; ben
 * late-parcel [70, 90] → 80, ended early; cy double-charge [20] → 20, walked out. And axe-core finds nothing
 * serious on the dashboard or the review page, in the four looks.
 */
@BrowserTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DashboardPageTest {
    @RegisterExtension
    static final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage();
    private static ChromeDriver browser;

    /** Started by the first test that runs, not in @BeforeAll: a class whose needs are missing never touches them. */
    @BeforeEach
    void seedAndStart() throws Exception {
        if (browser != null) {
            return;
        }
        try (Cohort cohort = Cohort.open(hotseat)) {
            String ana = cohort.learner("ana");
            String ben = cohort.learner("ben");
            String cy = cohort.learner("cy");
            String first = cohort.session(ana, "late-parcel", "practice", day(1), "resolved", Reply.of(40, "apology"), Reply.of(60, "empathy"));
            cohort.session(ana, "late-parcel", "practice", day(3), "resolved", Reply.of(90, "apology", "followup"));
            cohort.session(ben, "late-parcel", "practice", day(2), "ended", Reply.of(70, "apology"), Reply.of(90, "empathy"));
            cohort.session(cy, "double-charge", "exam", day(5), "walked-out", Reply.of(20, "blame"));
            cohort.flush();
            // one mark that agrees with the automatic grade (so no reason, and no score changes): too few for a figure
            HttpResponse<String> marked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(hotseat.url() + "api/coach/sessions/" + first + "/review"))
                    .header("Authorization", "Bearer " + CoachPages.TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"marks\":[{\"turn\":1,\"criterion\":\"apology\",\"shown\":true}]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, marked.statusCode(), marked.body());
        }
        browser = hotseat.browser();
    }

    private static WebDriverWait await() {
        // Figures are redrawn whole when they load, so an element read a moment ago may be gone.
        WebDriverWait wait = Waits.upTo(browser, 15);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void openDashboard() {
        browser.get(hotseat.url() + "style.css");
        browser.executeScript("sessionStorage.clear()");
        CoachPages.openAsCoach(browser, hotseat.url() + "dashboard.html");
        await().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=overall-practices]"), "4"));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("[data-column=" + column + "]")).getText();
    }

    @Test
    void dashboard_showsTheRightFiguresForTheSeededCohort() {
        // when the coach opens the dashboard
        openDashboard();

        // then the team's figures
        assertEquals("3", text("[data-testid=overall-learners]"));
        assertEquals("60", text("[data-testid=overall-average]"));
        assertEquals("50%", text("[data-testid=overall-pass-rate]"));
        assertEquals("25%", text("[data-testid=overall-drop-off]"));
        // and late-parcel's row: 3 practices by 2 learners, average 73, 2 of 3 passed, 1 dropped off
        WebElement parcel = browser.findElement(By.cssSelector("[data-testid=scenario-row][data-scenario=late-parcel]"));
        assertEquals("3", cell(parcel, "practices"));
        assertEquals("2", cell(parcel, "learners"));
        assertEquals("73", cell(parcel, "average"));
        assertEquals("67%", cell(parcel, "pass-rate"));
        assertEquals("1 (33%)", cell(parcel, "dropped-off"));
        // and the weakest skill first: follow-up, shown in 1 of 6 replies
        WebElement weakest = browser.findElements(By.cssSelector("[data-testid=weak-row]")).get(0);
        assertEquals("followup", weakest.getAttribute("data-criterion"));
        assertEquals("17%", cell(weakest, "right"));
        // and the score bands, drawn by the chart library the app serves
        assertEquals("1", cell(browser.findElement(By.cssSelector("[data-testid=band-row][data-band='9']")), "count"));
        await().until(d -> !d.findElements(By.cssSelector("#distribution-chart canvas")).isEmpty());
        await().until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
        assertEquals(List.of("ana", "ben", "cy"), browser.findElements(By.cssSelector("[data-testid=learner-row]")).stream()
                .map(r -> r.getAttribute("data-learner")).toList());
    }

    @Test
    void dateFilter_narrowsTheFigures() {
        openDashboard();

        browser.findElement(By.cssSelector("[data-testid=filter-from]")).sendKeys("11/03/2026");
        browser.findElement(By.cssSelector("[data-testid=apply-filters]")).click();

        await().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=overall-practices]"), "2"));
        assertEquals("55", text("[data-testid=overall-average]"));
    }

    @Test
    void agreement_fromOneMark_saysHowManyMoreItNeeds_andNamesTheCriterion() {
        openDashboard();

        WebElement row = await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=agreement-row][data-criterion=apology]")));

        assertEquals("not enough marks yet: 1 of 10", row.findElement(By.cssSelector("[data-testid=agreement-too-few]")).getText());
        assertNotEquals("apology", row.findElement(By.cssSelector("th")).getText());
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid=agreement-row]")).size());
    }

    @Test
    @Needs(Need.AXE)
    void dashboardAndReviewPages_haveNoSeriousViolations_inAnyLook() {
        // given the dashboard with figures
        browser.get(hotseat.url() + "style.css");
        browser.executeScript("sessionStorage.clear()");
        CoachPages.openAsCoach(browser, hotseat.url() + "dashboard.html");
        await().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=overall-practices]"), "4"));
        await().until(d -> !d.findElements(By.cssSelector("#distribution-chart canvas")).isEmpty());
        List<String> dashboard = Axe.seriousViolationsInEveryLook(browser);

        // and the review page with a session open
        browser.get(hotseat.url() + "review.html");
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=review-open]"))).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=turn-review]")));
        List<String> review = Axe.seriousViolationsInEveryLook(browser);

        // then neither has a serious or critical violation
        assertEquals(List.of(), dashboard, "dashboard");
        assertEquals(List.of(), review, "review");
        assertFalse(browser.findElements(By.cssSelector("[data-testid=criterion-row]")).isEmpty());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}

package dev.hotseat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotseat.support.AccessibilityTest;
import dev.hotseat.studio.StudioExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core finds no serious or critical problem on the studio's screens (sign-in, the file list, the editor with
 * failed checks, a test-drive, the form view and a rubric's figures) in light and dark, at 360 px and desktop.
 */
@AccessibilityTest
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class StudioAccessibilityTest {
    @RegisterExtension
    static final StudioExtension studio = StudioExtension.servingPage();

    private static void visible(WebDriverWait wait, String testid) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=" + testid + "]")));
    }

    /** Back to the list, then one file of it, once its checks have passed. */
    private static void openFromList(ChromeDriver browser, WebDriverWait wait, String list, String file) {
        browser.findElement(By.cssSelector("[data-testid=back]")).click();
        visible(wait, list);
        browser.findElement(By.cssSelector("[data-testid=" + list + "] [data-id=" + file + "]")).click();
        visible(wait, "problems-none");
    }

    /** Edits the source as typing would: the first {@code from} becomes {@code to}. */
    private static void replaceInSource(ChromeDriver browser, String from, String to) {
        browser.executeScript("const t = arguments[0]; t.value = t.value.replace(arguments[1], arguments[2]);"
                + " t.dispatchEvent(new Event('input'));", browser.findElement(By.cssSelector("[data-testid=source]")),
                from, to);
    }

    @Test
    void everyStudioScreen_hasNoSeriousViolations_inAnyLook() {
        ChromeDriver browser = studio.browser();
        WebDriverWait wait = Waits.upTo(browser, 30);
        browser.get(studio.server().url() + "style.css");

        // the sign-in screen, after a refused token
        StudioPageTest.openStudio(browser, studio.server().url(), "wrong-token");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=coach-denied]"),
                "token is wrong"));
        List<String> signIn = Axe.seriousViolationsInEveryLook(browser);

        // the file list
        StudioPageTest.signedIn(browser, studio.server().url());
        browser.findElement(By.cssSelector("[data-testid=lint-all]")).click();
        Waits.upTo(browser, 120).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=lint-all-status]"), "played"));
        List<String> library = Axe.seriousViolationsInEveryLook(browser);

        // the editor with a failed check and a test-drive
        browser.findElement(By.cssSelector("[data-testid=scenario-files] [data-id=late-parcel]")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=source]")).getAttribute("value").contains("late-parcel"));
        replaceInSource(browser, "title:", "title: [oops");
        visible(wait, "problem");
        replaceInSource(browser, "title: [oops", "title:");
        visible(wait, "problems-none");
        browser.findElement(By.cssSelector("[data-testid=drive]")).click();
        visible(wait, "drive-verdict");
        replaceInSource(browser, "title:", "title: [oops");
        visible(wait, "problem");
        List<String> editor = Axe.seriousViolationsInEveryLook(browser);

        // the form view of a valid file
        openFromList(browser, wait, "scenario-files", "late-parcel");
        browser.findElement(By.cssSelector("[data-testid=view-form]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=form-view] fieldset")).isEmpty());
        List<String> form = Axe.seriousViolationsInEveryLook(browser);

        // a rubric with its figures on the labelled replies
        openFromList(browser, wait, "rubric-files", "interview");
        browser.findElement(By.cssSelector("[data-testid=measure]")).click();
        Waits.upTo(browser, 120).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=figures-summary]")));
        browser.findElement(By.cssSelector("[data-testid=view-form]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=form-view] fieldset")).isEmpty());
        List<String> rubric = Axe.seriousViolationsInEveryLook(browser);

        assertEquals(List.of(), signIn, "sign-in");
        assertEquals(List.of(), library, "file list");
        assertEquals(List.of(), editor, "editor");
        assertEquals(List.of(), form, "form view");
        assertEquals(List.of(), rubric, "rubric figures");
    }
}

package dev.hotseat.ui;

import dev.hotseat.support.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the coach-page browser tests share: the coach token form, accounts, a signed-in browser. */
final class CoachPages {
    static final String TOKEN = TestServer.COACH_TOKEN;

    private CoachPages() {
    }

    /** Opens a coach page; when it asks for the coach token, types it in. */
    static void openAsCoach(ChromeDriver browser, String url) {
        browser.get(url);
        WebDriverWait wait = Waits.upTo(browser, 15);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=coach-token]"))).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("[data-testid=token-form] button")).click();
    }

    /** Signs this browser in through POST /api/login, from a page of the app; returns the status. */
    static long signIn(ChromeDriver browser, String name, String password) {
        return (Long) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({name: arguments[0], password: arguments[1]})}).then(r => done(r.status));",
                name, password);
    }
}

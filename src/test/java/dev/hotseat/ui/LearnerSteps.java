package dev.hotseat.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a learner does on the chat page, step by step, for the browser tests of issue 10. */
final class LearnerSteps {
    /** A first reply that apologises and names the feeling: the offline evaluator credits both. */
    static final String SORRY = "I'm so sorry your order didn't arrive, I understand how upsetting that must be.";

    private LearnerSteps() {
    }

    /** Starts the first customer scenario, replies once, ends the session (confirming); returns its id. */
    static String practise(ChromeDriver driver, String url, String reply) {
        startChat(driver, url);
        send(driver, reply);
        waitForCount(driver, "[data-testid=grade-card]", 1);
        waitUntilIdle(driver);
        String session = String.valueOf(driver.executeScript("return " + HeadlessChromium.PAGE_SESSION));
        driver.findElement(By.cssSelector("[data-testid=end-button]")).click();
        within(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=end-confirm]"))).click();
        within(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outcome]")));
        return session;
    }

    /** Opens the page afresh (no stored session) and starts the first customer scenario. */
    static void startChat(ChromeDriver driver, String url) {
        driver.get(url + "style.css");
        driver.executeScript("sessionStorage.clear()");
        driver.get(url);
        within(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=scenario-group-customer] [data-testid=scenario]"))).click();
        waitForCount(driver, "[data-testid=partner-message]", 1);
        waitUntilIdle(driver);
    }

    /** Types a reply and sends it with Enter once the page takes replies. */
    static void send(ChromeDriver driver, String text) {
        within(driver).until(d -> d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send")
                || !d.findElement(By.cssSelector("[data-testid=reply-input]")).getDomProperty("value").isEmpty());
        WebElement input = driver.findElement(By.cssSelector("[data-testid=reply-input]"));
        input.sendKeys(text);
        within(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=send-button]")));
        input.sendKeys(Keys.ENTER);
    }

    static void waitUntilIdle(ChromeDriver driver) {
        within(driver).until(d -> !d.findElement(By.cssSelector("[data-testid=typing]")).isDisplayed()
                && d.findElements(By.cssSelector("[data-testid=partner-message].streaming")).isEmpty()
                && d.findElement(By.cssSelector("[data-testid=send-button]")).getText().equals("Send"));
    }

    static void waitForCount(ChromeDriver driver, String css, int count) {
        within(driver).until(d -> d.findElements(By.cssSelector(css)).size() >= count);
    }

    static WebDriverWait within(ChromeDriver driver) {
        return Waits.upTo(driver, 20);
    }
}

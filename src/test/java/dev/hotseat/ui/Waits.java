package dev.hotseat.ui;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The one way browser tests wait for the page. */
final class Waits {
    /**
     * Selenium looks every 500 ms by default, so each wait cost a quarter of a second on average beyond what the page
     * needed; over the suite's thousand-odd waits that was minutes. A look is one cheap driver call.
     */
    private static final Duration LOOK_EVERY = Duration.ofMillis(100);

    private Waits() {
    }

    static WebDriverWait upTo(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), LOOK_EVERY);
    }
}

package dev.hotseat.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The short reads of the chat page that its browser tests make dozens of times: elements by CSS selector, and a
 * script's answer. A test class mixes it in and names the browser it drives.
 */
interface PageQueries {
    /** The browser the test drives. */
    ChromeDriver browser();

    /** The first element the selector matches; throws when there is none. */
    default WebElement find(String css) {
        return browser().findElement(By.cssSelector(css));
    }

    /** Every element the selector matches, in document order. */
    default List<WebElement> all(String css) {
        return browser().findElements(By.cssSelector(css));
    }

    /** Runs a script in the page and returns its answer. */
    default Object js(String script, Object... arguments) {
        return browser().executeScript(script, arguments);
    }
}

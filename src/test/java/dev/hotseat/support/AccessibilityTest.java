package dev.hotseat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A {@link BrowserTest} that runs axe-core on the page: it needs npm's axe-core as well as Chromium, and each missing
 * one is named in the skip. Axe checks a page in every look (widths, colour schemes), so each test gets three minutes
 * unless it says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BrowserTest
@Needs({Need.CHROMIUM, Need.AXE})
@Timeout(value = 180, unit = TimeUnit.SECONDS)
public @interface AccessibilityTest {
}

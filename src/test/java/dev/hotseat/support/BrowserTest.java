package dev.hotseat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * A test class that drives the page in headless Chromium: tagged "browser" ({@code -DexcludedGroups=browser} leaves
 * them out), skipped by name when Chromium is missing, and given a minute per test unless it says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@Needs(Need.CHROMIUM)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public @interface BrowserTest {
}

package dev.hotseat.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link BrowserTest} that runs axe-core on the page: it needs npm's axe-core as well as Chromium, and each missing
 * one is named in the skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BrowserTest
@Needs({Need.CHROMIUM, Need.AXE})
public @interface AccessibilityTest {
}

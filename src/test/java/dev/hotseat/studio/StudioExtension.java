package dev.hotseat.studio;

import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A {@link StudioServer} (and, for page tests, a browser) shared by one test class, as {@link HotseatExtension} is
 * for the learner's server: both start on first use, so a class whose browser is missing never starts one.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final StudioExtension studio = StudioExtension.servingPage();
 * </pre>
 */
public final class StudioExtension implements BeforeAllCallback, AfterAllCallback {
    private final boolean page;
    private Function<String, Optional<String>> settings = key -> Optional.empty();
    private Path temp;
    private StudioServer server;
    private ChromeDriver browser;

    private StudioExtension(boolean page) {
        this.page = page;
    }

    /** The studio's routes only; no page is served. */
    public static StudioExtension routes() {
        return new StudioExtension(false);
    }

    /** Also serves the project's web/ folder, for tests in a browser. */
    public static StudioExtension servingPage() {
        return new StudioExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        settings = context::getConfigurationParameter;
        temp = Files.createTempDirectory("hotseat-studio-test");
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        HotseatExtension.delete(temp);
    }

    /** This class's own folder: the copy of prompts/ and the data live under it. */
    public Path temp() {
        return temp;
    }

    public synchronized StudioServer server() {
        if (server == null) {
            server = StudioServer.start(temp, page ? TestServer.page() : temp.resolve("no-web"));
        }
        return server;
    }

    /** Headless Chromium; the class should carry {@code @BrowserTest}. */
    public synchronized ChromeDriver browser() {
        if (browser == null) {
            browser = HotseatExtension.startBrowser(temp, settings);
        }
        return browser;
    }
}

package dev.hotseat.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The system Chromium driven headless, without Selenium Manager ever touching the network. */
public final class HeadlessChromium {
    /** The page's newest chat socket, in scripts run by tests: send raw frames through it, or close it as a drop. */
    public static final String PAGE_SOCKET = "window.__testSockets.at(-1)";
    /** The id of the session the server last said started or resumed on the page's sockets, or null. */
    public static final String PAGE_SESSION = "window.__testSession ?? null";
    /**
     * Installed before any page script runs: keeps every WebSocket the page opens. The page itself exposes no
     * hook, so nothing made for tests ships to learners.
     */
    private static final String SOCKET_HOOK = """
            window.__testSockets = [];
            window.WebSocket = class extends window.WebSocket {
              constructor(...args) {
                super(...args);
                window.__testSockets.push(this);
                this.addEventListener('message', (event) => {
                  try {
                    const message = JSON.parse(event.data);
                    if (message.type === 'started' || message.type === 'resumed') window.__testSession = message.session;
                  } catch (notJson) { /* the page reports bad frames itself */ }
                });
              }
            };""";
    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Starts a fresh browser with its own profile under {@code profileParent}. */
    public static ChromeDriver start(Path profileParent) throws IOException {
        return start(profileParent, BROWSER, DRIVER);
    }

    /** Starts a fresh browser from these binaries, with its own profile under {@code profileParent}. */
    public static ChromeDriver start(Path profileParent, File browser, File driver) throws IOException {
        Path profile = Files.createTempDirectory(profileParent, "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile);
        // Keeps the page's console so tests can fail on script errors.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", SOCKET_HOOK));
        chrome.manage().window().setSize(new Dimension(1280, 900));
        return chrome;
    }
}

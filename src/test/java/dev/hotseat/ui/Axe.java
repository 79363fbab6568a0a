package dev.hotseat.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from npm, pinned in {@code src/test/a11y/package-lock.json}) run inside the page under test.
 *
 * <p>The first call installs axe-core into {@code target/a11y} with {@code npm ci}. Without npm the calling
 * test is skipped by name with the reason, except under {@code CI=true}, where it fails: {@code .ci/run}
 * installs npm when it is missing.
 */
public final class Axe {
    private static final Path ROOT = Path.of(System.getProperty("hotseat.root", "."));
    private static final Path INSTALL = ROOT.resolve("target/a11y");
    private static final Path SCRIPT = INSTALL.resolve("node_modules/axe-core/axe.min.js");
    private static String source;

    /** The four ways every page is checked: light and dark, at 360 px and at desktop width. */
    public enum Look {
        LIGHT_PHONE("light", 360, 800), DARK_PHONE("dark", 360, 800),
        LIGHT_DESKTOP("light", 1280, 900), DARK_DESKTOP("dark", 1280, 900);

        final String scheme;
        final int width;
        final int height;

        Look(String scheme, int width, int height) {
            this.scheme = scheme;
            this.width = width;
            this.height = height;
        }
    }

    private Axe() {
    }

    /** Skips (or under CI fails) the calling test when axe-core cannot be installed. */
    public static synchronized void assumeAvailable() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("axe-core unavailable under CI: " + problem.get());
            }
            assumeTrue(false, "accessibility check skipped: " + problem.get());
        }
    }

    /** Installs axe-core on first use; says why it is unavailable, or empty when it is ready ({@code Need.AXE}). */
    public static synchronized Optional<String> problem() {
        return source == null ? Optional.ofNullable(install()) : Optional.empty();
    }

    /** Puts the browser into {@code look}: window size and the prefers-color-scheme media feature. */
    public static void apply(ChromeDriver browser, Look look) {
        browser.manage().window().setSize(new Dimension(look.width, look.height));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", look.scheme))));
    }

    /**
     * The current screen's serious and critical violations in every look, each line led by its look. The screen is
     * reached once and then only resized and recoloured: the pages lay out by CSS media queries alone, which apply
     * live, and walking each screen four times cost the suite minutes (decisions.md).
     */
    public static List<String> seriousViolationsInEveryLook(ChromeDriver browser) {
        List<String> lines = new ArrayList<>();
        for (Look look : Look.values()) {
            apply(browser, look);
            seriousViolations(browser).forEach(v -> lines.add(look + ": " + v));
        }
        return lines;
    }

    /** Runs axe on the current page and returns its serious and critical violations, one line each. */
    public static List<String> seriousViolations(ChromeDriver browser) {
        return run(browser, "{resultTypes: ['violations']}", true);
    }

    /** Runs only these axe rules on the current page and returns every violation of them, whatever its impact. */
    public static List<String> violationsOf(ChromeDriver browser, String... rules) {
        return run(browser, "{runOnly: {type: 'rule', values: " + new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(List.of(rules)) + "}, resultTypes: ['violations']}", false);
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(ChromeDriver browser, String options, boolean seriousOnly) {
        assumeAvailable();
        // Colours are judged as painted: let finite animations (a card rising into view) finish first.
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all(document.getAnimations()"
                + ".filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)"
                + ".map(a => a.finished.catch(() => null))).then(() => done(null));");
        // axe-core is half a megabyte of script: put into a page once, not at every look (it cost ~0.3 s a time).
        if (Boolean.FALSE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(source);
        }
        Object result = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, " + options + ")"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if (!seriousOnly || "serious".equals(impact) || "critical".equals(impact)) {
                lines.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at "
                        + violation.get("nodes"));
            }
        }
        return lines;
    }

    private static String install() {
        try {
            Files.createDirectories(INSTALL);
            // Test JVMs run side by side (surefire forks): one installs, the others wait for it on this lock.
            try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(INSTALL.getParent()
                    .resolve("a11y.lock"), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock held = lock.lock()) {
                String problem = installOnce();
                if (problem != null) {
                    return problem;
                }
            }
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            return null;
        } catch (IOException e) {
            return "npm not found or not runnable (" + e.getMessage() + "); apt-get install npm";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while installing axe-core";
        }
    }

    private static String installOnce() throws IOException, InterruptedException {
        if (Files.exists(SCRIPT)) {
            return null;
        }
        Path from = ROOT.resolve("src/test/a11y");
        Files.copy(from.resolve("package.json"), INSTALL.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(from.resolve("package-lock.json"), INSTALL.resolve("package-lock.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--silent")
                .directory(INSTALL.toFile()).redirectErrorStream(true)
                .redirectOutput(INSTALL.resolve("npm.log").toFile()).start();
        if (!npm.waitFor(120, TimeUnit.SECONDS) || npm.exitValue() != 0 || !Files.exists(SCRIPT)) {
            npm.destroyForcibly();
            return "'npm ci' for axe-core failed (see " + INSTALL.resolve("npm.log") + ")";
        }
        return null;
    }
}

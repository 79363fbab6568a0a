package dev.hotseat.support;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.ui.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One harness for tests that need a running Hotseat: temp data, the server, and the browser, all started on first
 * use and all stopped at the end.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final HotseatExtension hotseat = HotseatExtension.offline();            // one server for the class
 * {@literal @}RegisterExtension
 * final HotseatExtension hotseat = HotseatExtension.fixtureLibrary().servingPage(); // a fresh one per test
 * </pre>
 *
 * A static field shares one server (and browser) across the class; an instance field gives each test its own
 * folder and server. Tests that need other engines per test call {@link #start(Engines)}; {@link #restart()} stops
 * the server and starts it again over the same data, as a real restart does. Why an extension and not a base class:
 * JUnit runs its callbacks even when set-up fails half-way, so nothing leaks into the next test class.
 */
public final class HotseatExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final Supplier<Engines> engines;
    private final Supplier<PromptLibrary> library;
    private final Path web;
    private final List<Account> accounts;
    private final List<String> flags;
    private final boolean newVisitors;
    private final List<TestServer> started = new ArrayList<>();
    private Function<String, Optional<String>> settings = key -> Optional.empty();
    private boolean classWide;
    private boolean accountsMade;
    private Path temp;
    private TestServer server;
    private ChromeDriver browser;

    /** An account made with {@code users add} before the first server starts. */
    private record Account(String name, String role, String password) {
    }

    private HotseatExtension(Supplier<Engines> engines, Supplier<PromptLibrary> library, Path web,
                             List<Account> accounts) {
        this(engines, library, web, accounts, List.of(), false);
    }

    private HotseatExtension(Supplier<Engines> engines, Supplier<PromptLibrary> library, Path web,
                             List<Account> accounts, List<String> flags, boolean newVisitors) {
        this.engines = engines;
        this.library = library;
        this.web = web;
        this.accounts = accounts;
        this.flags = flags;
        this.newVisitors = newVisitors;
    }

    /** Also these server flags, e.g. {@code "--accounts", "open"}. */
    public HotseatExtension withFlags(String... more) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(List.of(more));
        return new HotseatExtension(engines, library, web, accounts, List.copyOf(all), newVisitors);
    }

    /** The fake library (late-parcel, two scenarios), the keyword evaluator and the echoing partner. */
    public static HotseatExtension offline() {
        return new HotseatExtension(() -> Engines.offline(new KeywordEvaluator(), new FakePartner()), FakeLibrary::new,
                null, List.of());
    }

    /**
     * The real offline engines (the shared evaluator, the scripted partner) over the frozen whole library in
     * src/test/resources/fixture-library ({@link SharedEvaluator#library()}), never the shipped prompts/.
     */
    public static HotseatExtension fixtureLibrary() {
        return new HotseatExtension(HotseatExtension::libraryEngines, SharedEvaluator::library, null, List.of());
    }

    /**
     * The real offline engines (the shared MiniLM evaluator, the scripted partner) over the prompt fixtures in
     * src/test/resources/fixture-prompts: what the server's own tests run on, so a coach's edit cannot fail them.
     */
    public static HotseatExtension fixturePrompts() {
        return new HotseatExtension(FixturePrompts::engines, FixturePrompts::library, null, List.of());
    }

    /** The same library with other engines. */
    public HotseatExtension engines(Engines other) {
        return new HotseatExtension(() -> other, library, web, accounts, flags, newVisitors);
    }

    /** Other prompts, made when the server starts. */
    public HotseatExtension library(Supplier<PromptLibrary> other) {
        return new HotseatExtension(engines, other, web, accounts, flags, newVisitors);
    }

    /** Also serves the page (the project's web/ folder), as browser tests need. */
    public HotseatExtension servingPage() {
        return new HotseatExtension(engines, library, TestServer.page(), accounts, flags, newVisitors);
    }

    /**
     * Before each test the browser is a new visitor: its cookies deleted and the tab's storage cleared, on a page of
     * the app that runs no script. For a class-wide extension, whose one browser every test shares.
     */
    public HotseatExtension newVisitorEachTest() {
        return new HotseatExtension(engines, library, web, accounts, flags, true);
    }

    /** Also an account, made as an administrator would ({@code users add}) when the first server starts. */
    public HotseatExtension withAccount(String name, String role, String password) {
        List<Account> more = new ArrayList<>(accounts);
        more.add(new Account(name, role, password));
        return new HotseatExtension(engines, library, web, List.copyOf(more), flags, newVisitors);
    }

    /** The real offline engines, as Main wires them for {@code --llm offline}, grading by the frozen library. */
    public static Engines libraryEngines() {
        return Engines.offline(SharedEvaluator.evaluator(), new ScriptedPartner(new ScenarioDirector()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classWide = true;
        open(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!classWide) {
            open(context);
        }
        if (newVisitors) {
            browser().manage().deleteAllCookies();
            clearStorage(browser());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classWide) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A folder of this test's (or class's) own, deleted at the end. */
    public Path temp() {
        return temp;
    }

    /** The data folder the server's SQLite file lives in; write into it before the first {@link #server()}. */
    public Path data() {
        return temp.resolve("data");
    }

    /** The server, started on first use (by whichever thread asks first: tests may connect from many). */
    public synchronized TestServer server() {
        if (server == null) {
            server = start(engines.get(), library.get());
        }
        return server;
    }

    /** Another server over the same data folder with the extension's engines; stopped at the end. */
    public TestServer start() {
        return start(engines.get(), library.get());
    }

    /** Another server over the same data folder with these engines; stopped at the end. */
    public TestServer start(Engines other) {
        return start(other, library.get());
    }

    /**
     * Another server over the same data folder; stopped at the end. It is the same browser coming back: it keeps
     * the guest cookie an earlier server of this test gave, so the sessions that guest owns stay theirs.
     */
    public synchronized TestServer start(Engines other, PromptLibrary prompts) {
        List<String> given = new ArrayList<>(List.of("--web", (web == null ? temp.resolve("no-web") : web).toString()));
        given.addAll(flags);
        TestServer started = TestServer.start(TestServer.settings(data(), given.toArray(String[]::new)), other, prompts);
        if (!accountsMade) {
            accounts.forEach(a -> started.addUser(a.name(), a.role(), a.password()));
            accountsMade = true;
        }
        this.started.stream().map(TestServer::cookieIfMade).flatMap(Optional::stream).findFirst()
                .ifPresent(started::useCookie);
        this.started.add(started);
        return started;
    }

    /** Stops the server and starts it again over the same data, as a real restart does. */
    public synchronized TestServer restart() {
        String cookie = server == null ? null : server.cookieIfMade().orElse(null);
        if (server != null) {
            server.close();
            started.remove(server);
            server = null;
        }
        TestServer again = server();
        if (cookie != null) {
            again.useCookie(cookie);
        }
        return again;
    }

    public int port() {
        return server().port();
    }

    public String url() {
        return server().url();
    }

    public ChatClient chat() {
        return server().chat();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return server().get(path, headers);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return server().post(path, body, headers);
    }

    /** Signs in through {@code POST /api/login} and returns the account's cookie. */
    public String signIn(String name, String password) {
        return server().signIn(name, password);
    }

    /** A socket carrying another browser's cookie, e.g. one {@link #signIn} returned. */
    public ChatClient chatAs(String cookie) {
        return server().chatAs(cookie);
    }

    /** Headless Chromium, started on first use; the class should carry {@code @Needs(Need.CHROMIUM)}. */
    public synchronized ChromeDriver browser() {
        if (browser == null) {
            browser = startBrowser(temp, settings);
        }
        return browser;
    }

    /** Headless Chromium from the binaries the settings name (see {@link Need#CHROMIUM}), its profile under temp. */
    public static ChromeDriver startBrowser(Path temp, Function<String, Optional<String>> settings) {
        try {
            return HeadlessChromium.start(temp, Need.chromium(settings), Need.chromedriver(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the page with no stored session: storage is cleared on a page of the same origin that runs no script. */
    public ChromeDriver openFreshPage() {
        ChromeDriver page = browser();
        clearStorage(page);
        page.get(url());
        return page;
    }

    private void clearStorage(ChromeDriver page) {
        page.get(url() + "style.css");
        page.executeScript("sessionStorage.clear()");
    }

    private void open(ExtensionContext context) {
        settings = context::getConfigurationParameter;
        try {
            temp = Files.createTempDirectory("hotseat-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        for (TestServer each : started) {
            each.close();
        }
        started.clear();
        server = null;
        accountsMade = false;
        if (temp != null) {
            delete(temp);
            temp = null;
        }
    }

    /** Deletes a folder and everything in it; a failure is printed, not thrown. */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temp folder is harmless; a failing test must not hide behind a clean-up error.
            System.err.println("could not delete " + folder + ": " + e);
        }
    }
}

package dev.hotseat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.account.Accounts;
import dev.hotseat.account.Guests;
import dev.hotseat.account.SelfService;
import dev.hotseat.conversation.Engines;
import dev.hotseat.conversation.GradingBudget;
import dev.hotseat.conversation.Sessions;
import dev.hotseat.conversation.TurnGate;
import dev.hotseat.conversation.TurnPipeline;
import dev.hotseat.history.History;
import dev.hotseat.history.HistoryStore;
import dev.hotseat.history.ShareLinks;
import dev.hotseat.operations.Metrics;
import dev.hotseat.operations.MetricsListener;
import dev.hotseat.operations.OperationsRoutes;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.review.ReviewRoutes;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Route;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.store.Retention;
import dev.hotseat.store.SqliteSessionOwners;
import dev.hotseat.store.SqliteSessionStore;
import dev.hotseat.store.SqliteTryStore;
import dev.hotseat.studio.DraftScenarios;
import dev.hotseat.studio.StudioRoutes;
import dev.hotseat.web.AccountPeople;
import dev.hotseat.web.AccountRoutes;
import dev.hotseat.web.ApiRoutes;
import dev.hotseat.web.CoachAuth;
import dev.hotseat.web.HistoryRoutes;
import dev.hotseat.web.HotseatServer;
import dev.hotseat.web.SessionAccess;
import dev.hotseat.web.SessionReader;
import dev.hotseat.web.Visitors;
import dev.hotseat.web.WireJson;
import dev.hotseat.web.WireSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: builds the database, the stores, the engines, every feature and the server from
 * {@link Settings}, in this one file. Read it top to bottom to see what Hotseat is made of; nothing else wires.
 */
public final class App implements AutoCloseable {
    private final HotseatServer server;
    private final String coachToken;
    private final List<AutoCloseable> parts;

    private App(HotseatServer server, String coachToken, List<AutoCloseable> parts) {
        this.server = server;
        this.coachToken = coachToken;
        this.parts = parts;
    }

    /** Hotseat as the settings say: prompts from {@code --prompts}, engines from {@code --llm}. */
    public static App start(Settings settings) {
        PromptLibrary library = new FilePromptLibrary(settings.prompts());
        return start(settings, library, EngineChoice.of(settings, library));
    }

    /** Hotseat with these prompts and engines (tests and benches bring their own); everything else from the settings. */
    public static App start(Settings settings, PromptLibrary library, Engines engines) {
        List<AutoCloseable> parts = new ArrayList<>();
        try {
            return build(settings, library, engines, parts);
        } catch (RuntimeException e) {
            closeAll(parts);
            throw e;
        }
    }

    private static App build(Settings settings, PromptLibrary library, Engines given, List<AutoCloseable> parts) {
        ObjectMapper json = WireJson.mapper();
        Database db = Database.open(settings.database(), settings.data(), Migration.all());
        parts.add(db);
        GradingBudget grading = new GradingBudget(given.findings(), Runtime.getRuntime().availableProcessors(),
                Duration.ofMillis(settings.gradingMs()));
        parts.add(grading);
        ExecutorService turns = Executors.newVirtualThreadPerTaskExecutor();
        parts.add(() -> stop(turns));
        Engines engines = given.withFindings(grading);
        Metrics metrics = new Metrics();

        // The chat: sessions in memory over the store, the turn pipeline, the bound on turns in flight.
        SqliteSessionStore store = new SqliteSessionStore(db, json);
        SqliteTryStore tries = new SqliteTryStore(db, json);
        SqliteSessionOwners owners = new SqliteSessionOwners(db);
        // Sessions see the coaches' drafts under their random ids too ("try it yourself" in the studio); the
        // drafts are in the database, so a learner may land on any node.
        DraftScenarios scenarios = new DraftScenarios(library, db, json);
        TurnPipeline pipeline = new TurnPipeline(engines, store, tries, scenarios, turns, metrics);
        Sessions sessions = new Sessions(scenarios, store, owners, tries, pipeline, turns,
                new TurnGate(settings.maxTurns()));
        metrics.gauge("hotseat.chats.active", "Sessions with a socket attached", sessions::active);
        metrics.gauge("hotseat.sessions.in.memory", "Sessions held in memory", sessions::inMemory);
        metrics.gauge("hotseat.turns.in.flight", "Starts and turns queued or running", sessions::turnsInFlight);
        metrics.gauge("hotseat.grades.in.flight", "Replies waiting for a grader or being graded", grading::inFlight);
        metrics.gauges(db.figures());
        parts.add(metrics);

        // Who is calling: sign-ins and guests, the coach credential, who owns which session.
        String coachToken = settings.coachToken().orElseGet(CoachAuth::randomToken);
        Accounts accounts = new Accounts(db, new Guests.Limits(settings.guestRate(), settings.guestsPerDay()));
        Visitors visitors = new Visitors(accounts, !settings.accountsRequired());
        CoachAuth coach = new CoachAuth(coachToken, visitors);
        SessionAccess access = new SessionAccess(owners, visitors, coach);

        // The features, each declaring its routes and who may call them.
        SessionReader reader = new SessionReader(store, tries, scenarios);
        HistoryStore history = new HistoryStore(db, json);
        List<Feature> features = List.of(
                new ApiRoutes(scenarios, engines, store, tries, json),
                new AccountRoutes(visitors, json),
                new SelfService(accounts, visitors, settings.accounts(), json),
                new HistoryRoutes(new History(history, scenarios), history, new ShareLinks(db), reader, visitors,
                        sessions),
                new ReviewRoutes(db, store, scenarios, new AccountPeople(db, visitors), json, Clock.systemUTC()),
                // Coaches' test drives and rubric measurements grade whole sets: the engines themselves, not the budget.
                new StudioRoutes(scenarios, given, db, json),
                new OperationsRoutes(db, library, metrics, settings.data(), settings.minFreeMb()));

        parts.add(Retention.schedule(db, settings.keepDays()));
        if (!settings.metricsHost().isEmpty()) {
            parts.add(MetricsListener.start(settings.metricsHost(), metrics));
        }
        HotseatServer server = HotseatServer.start(new HotseatServer.Listening(settings.port(), settings.web(),
                        wire(settings), Duration.ofSeconds(settings.stopSeconds())), new HotseatServer.Callers(visitors, coach, access), sessions, turns,
                features, json, metrics::error);
        parts.add(server);
        return new App(server, coachToken, parts);
    }

    private static WireSettings wire(Settings settings) {
        return new WireSettings(settings.host(), settings.publicUrl(), settings.maxTurns(), settings.startRate(),
                settings.evaluateRate(), settings.loginRate(), Duration.ofMillis(settings.gradingMs()));
    }

    /** After the server's drain: what still runs is stuck, and gets a moment more before it is interrupted. */
    private static void stop(ExecutorService turns) {
        turns.shutdown();
        try {
            if (!turns.awaitTermination(2, TimeUnit.SECONDS)) {
                turns.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The coach token: the configured one, or the one made at start. */
    public String coachToken() {
        return coachToken;
    }

    /** Every route, with who may call it. */
    public List<Route> routes() {
        return server.routes();
    }

    /** The address it listens on, as a URL host. */
    public String host() {
        return server.host();
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return server.port();
    }

    /** Stops listening, lets running turns finish briefly, and closes the database. */
    @Override
    public void close() {
        closeAll(parts);
    }

    /** Closes in the reverse order of making: the server first, so no request reaches a part already closed. */
    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts.reversed()) {
            try {
                part.close();
            } catch (Exception e) {
                // Closing goes on: one part that fails to stop must not keep the database open.
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }
}

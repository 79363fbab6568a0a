package dev.hotseat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.account.Accounts;
import dev.hotseat.conversation.Engines;
import dev.hotseat.conversation.GradingBudget;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.Sessions;
import dev.hotseat.conversation.TurnGate;
import dev.hotseat.conversation.TurnPipeline;
import dev.hotseat.operations.Metrics;
import dev.hotseat.operations.OperationsRoutes;
import dev.hotseat.history.History;
import dev.hotseat.history.HistoryStore;
import dev.hotseat.history.ShareLinks;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.review.ReviewRoutes;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.store.Retention;
import dev.hotseat.store.SqliteSessionStore;
import dev.hotseat.studio.DraftScenarios;
import dev.hotseat.studio.StudioRoutes;
import dev.hotseat.store.SqliteSessionOwners;
import dev.hotseat.store.SqliteTryStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/** The running app: the database, the sessions, and the Javalin server with the socket, routes and static files. */
public final class HotseatServer implements AutoCloseable {
    /** Well above the 2,000-character reply limit, so an oversized reply arrives and is refused with a message. */
    static final long MAX_TEXT_MESSAGE = 64 * 1024;
    /**
     * Connections the kernel holds until Jetty accepts them. The JVM's default, 50, drops SYNs when a class of
     * learners connects at once and the clients wait seconds for a retry (the kernel caps it at somaxconn).
     */
    private static final int ACCEPT_QUEUE = 1024;

    private final Javalin app;
    private final Database db;
    private final ExecutorService executor;
    private final AutoCloseable housekeeping;

    private HotseatServer(Javalin app, Database db, ExecutorService executor, AutoCloseable housekeeping) {
        this.app = app;
        this.db = db;
        this.executor = executor;
        this.housekeeping = housekeeping;
    }

    /**
     * What the server is made of.
     *
     * @param web              folder of static files served at /; skipped when it does not exist
     * @param database         a PostgreSQL JDBC URL; blank for SQLite in {@code data}
     * @param keepDays         transcripts idle this many days are removed; 0 keeps everything
     * @param accountsRequired true for {@code --accounts required}: no guests, everyone signs in
     */
    public record Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken,
                        WireSettings wire, String database, int keepDays, boolean accountsRequired) {
        /** Loopback only, no rate limits, SQLite in {@code data}, nothing removed, guests allowed: what tests start. */
        public Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken) {
            this(port, data, web, library, engines, coachToken, WireSettings.local(), "", 0, false);
        }

        /** With these network settings; SQLite in {@code data}, nothing removed, guests allowed. */
        public Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken,
                     WireSettings wire) {
            this(port, data, web, library, engines, coachToken, wire, "", 0, false);
        }

        /** With this database and retention; loopback only, no rate limits, guests allowed. */
        public Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken,
                     String database, int keepDays) {
            this(port, data, web, library, engines, coachToken, WireSettings.local(), database, keepDays, false);
        }

        /** Guests allowed or not; otherwise as the six-argument form. */
        public Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken,
                     boolean accountsRequired) {
            this(port, data, web, library, engines, coachToken, WireSettings.local(), "", 0, accountsRequired);
        }
    }

    /** Opens the database, wires the sessions and starts listening. */
    public static HotseatServer start(Setup setup) {
        ObjectMapper json = WireJson.mapper();
        Database db = Database.open(setup.database(), setup.data(), Migration.all());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        GradingBudget grading = new GradingBudget(setup.engines().findings(),
                Runtime.getRuntime().availableProcessors(), setup.wire().grading());
        Engines engines = new Engines(grading, setup.engines().judge(), setup.engines().partner(),
                setup.engines().fallbackPartner());
        Metrics metrics = new Metrics();
        SessionStore store = new SqliteSessionStore(db, json);
        // Sessions see the coaches' drafts under their random ids too ("try it yourself" in the studio).
        DraftScenarios library = new DraftScenarios(setup.library());
        SqliteTryStore tries = new SqliteTryStore(db, json);
        TurnPipeline pipeline = new TurnPipeline(engines, store, tries, library, executor, metrics);
        SqliteSessionOwners owners = new SqliteSessionOwners(db);
        Sessions sessions = new Sessions(library, store, owners, tries, pipeline, executor,
                new TurnGate(setup.wire().maxTurns()));
        metrics.gauge("hotseat.grades.in.flight", "Replies waiting for a grader or being graded", grading::inFlight);
        metrics.gauge("hotseat.chats.active", "Sessions with a socket attached", sessions::active);
        metrics.gauge("hotseat.sessions.in.memory", "Sessions held in memory", sessions::inMemory);
        metrics.gauge("hotseat.turns.in.flight", "Starts and turns queued or running", sessions::turnsInFlight);
        Visitors visitors = new Visitors(new Accounts(db), !setup.accountsRequired());
        CoachAuth coach = new CoachAuth(setup.coachToken(), visitors);
        SessionAccess access = new SessionAccess(owners, visitors, coach);
        ChatSocket socket = new ChatSocket(sessions, access, json, executor,
                new RateLimits("session starts", setup.wire().startRate()), metrics::error);
        ApiRoutes api = new ApiRoutes(library, engines, store, tries, coach, access, json);
        AccountRoutes accounts = new AccountRoutes(visitors, json);
        HistoryStore historyStore = new HistoryStore(db, json);
        HistoryRoutes history = new HistoryRoutes(new History(historyStore, library), historyStore,
                new ShareLinks(db), new SessionReader(store, tries, library), access, visitors, sessions);
        ReviewRoutes review = new ReviewRoutes(db, store, library, new AccountPeople(db, visitors, access, coach),
                json, Clock.systemUTC());
        StudioRoutes studio = new StudioRoutes(library, engines, db, coach::refusal, json);
        OperationsRoutes operations = new OperationsRoutes(db, setup.library(), metrics);
        AutoCloseable retention = Retention.schedule(db, setup.keepDays());
        AutoCloseable housekeeping = () -> {
            closeQuietly(retention);
            grading.close();
        };
        try {
            Javalin app = Javalin.create(config -> {
                configure(config, setup, json, socket, api, studio, metrics);
                Guards.configure(config, setup.wire());
                operations.configure(config.routes);
                config.routes.wsBeforeUpgrade("/ws/chat", ctx -> visitors.atUpgrade(ctx, coach.isCoach(ctx)));
                accounts.configure(config.routes);
                review.configure(config.routes);
                history.configure(config.routes);
                config.staticFiles.enableWebjars();
            }).start(setup.port());
            return new HotseatServer(app, db, executor, housekeeping);
        } catch (RuntimeException e) {
            closeQuietly(housekeeping);
            executor.shutdownNow();
            db.close();
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // stopping a timer: nothing to report
        }
    }

    private static void configure(JavalinConfig config, Setup setup, ObjectMapper json, ChatSocket socket, ApiRoutes api,
                                  StudioRoutes studio, Metrics metrics) {
        config.concurrency.useVirtualThreads = true;
        config.startup.startupWatcherEnabled = false;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, true));
        // The same cap as a socket frame: a 2,000-character reply never needs more, a 5 MB body is refused unread.
        config.http.maxRequestSize = MAX_TEXT_MESSAGE;
        config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector listening) {
                        listening.setAcceptQueueSize(ACCEPT_QUEUE);
                    }
                }
            }
        }));
        config.jetty.modifyWebSocketServletFactory(factory -> {
            factory.setMaxTextMessageSize(MAX_TEXT_MESSAGE);
            // A learner may think for a long time before replying.
            factory.setIdleTimeout(Duration.ofMinutes(30));
        });
        if (Files.isDirectory(setup.web())) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = setup.web().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });
        }
        config.jetty.host = setup.wire().host();
        config.routes.before(SecurityHeaders::apply);
        config.routes.before("/api/*", ctx -> {
            // Refused on the declared length alone, so a client that sent "Expect: 100-continue" never uploads it.
            // Card and portrait uploads have their own, larger cap, checked by the studio after the coach check.
            if (ctx.contentLength() > MAX_TEXT_MESSAGE && !StudioRoutes.takesLargeBody(ctx.path())) {
                throw new HttpResponseException(413, "Content Too Large", Map.of());
            }
        });
        config.routes.ws("/ws/chat", socket::configure);
        api.configure(config.routes);
        studio.configure(config.routes);
        config.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            // Our own 404s (unknown session, unknown scenario) are JSON already; Javalin's "no such route" is not.
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                ctx.json(new Problem.HttpError("not-found", "No route " + ctx.method() + " " + ctx.path()
                        + " (see docs/protocol.md)"));
            }
        });
        // Javalin's refusal of a body over the cap answers in JSON too, like every other error.
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() != 413) {
                HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
                return;
            }
            Problem problem = Problem.of(e);
            metrics.error(problem.code());
            ctx.status(problem.status()).json(problem.toBody());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            Problem problem = Problem.of(e);
            if (problem.retryAfter() != null) {
                ctx.header("Retry-After", String.valueOf(problem.retryAfter()));
            }
            metrics.error(problem.code());
            ctx.status(problem.status()).json(problem.toBody());
        });
    }

    /** The address it listens on, as a URL host: "127.0.0.1", "[::1]", "0.0.0.0". */
    public String host() {
        String host = app.jettyServer().server().getURI().getHost();
        return host == null ? "127.0.0.1" : host;
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening, lets running turns finish briefly, and closes the database. */
    @Override
    public void close() {
        closeQuietly(housekeeping);
        app.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}

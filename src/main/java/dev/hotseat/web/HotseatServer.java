package dev.hotseat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.account.Accounts;
import dev.hotseat.conversation.Engines;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.Sessions;
import dev.hotseat.conversation.TurnPipeline;
import dev.hotseat.history.History;
import dev.hotseat.history.HistoryStore;
import dev.hotseat.history.ShareLinks;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.review.ReviewRoutes;
import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.store.SqliteSessionOwners;
import dev.hotseat.store.SqliteSessionStore;
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

/** The running app: the database, the sessions, and the Javalin server with the socket, routes and static files. */
public final class HotseatServer implements AutoCloseable {
    /** Well above the 2,000-character reply limit, so an oversized reply arrives and is refused with a message. */
    static final long MAX_TEXT_MESSAGE = 64 * 1024;

    private final Javalin app;
    private final Database db;
    private final ExecutorService executor;

    private HotseatServer(Javalin app, Database db, ExecutorService executor) {
        this.app = app;
        this.db = db;
        this.executor = executor;
    }

    /**
     * What the server is made of.
     *
     * @param web              folder of static files served at /; skipped when it does not exist
     * @param accountsRequired true for {@code --accounts required}: no guests, everyone signs in
     */
    public record Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken,
                        boolean accountsRequired) {

        /** Guests allowed: a fresh clone's default. */
        public Setup(int port, Path data, Path web, PromptLibrary library, Engines engines, String coachToken) {
            this(port, data, web, library, engines, coachToken, false);
        }
    }

    /** Opens the database, wires the sessions and starts listening. */
    public static HotseatServer start(Setup setup) {
        ObjectMapper json = WireJson.mapper();
        Database db = Database.open(setup.data(), Migration.all());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SessionStore store = new SqliteSessionStore(db, json);
        SqliteTryStore tries = new SqliteTryStore(db, json);
        TurnPipeline pipeline = new TurnPipeline(setup.engines(), store, tries, setup.library(), executor);
        SqliteSessionOwners owners = new SqliteSessionOwners(db);
        Sessions sessions = new Sessions(setup.library(), store, owners, tries, pipeline, executor);
        Visitors visitors = new Visitors(new Accounts(db), !setup.accountsRequired());
        CoachAuth coach = new CoachAuth(setup.coachToken(), visitors);
        SessionAccess access = new SessionAccess(owners, visitors, coach);
        ChatSocket socket = new ChatSocket(sessions, access, json, executor);
        ApiRoutes api = new ApiRoutes(setup.library(), setup.engines(), store, tries, coach, access, json);
        AccountRoutes accounts = new AccountRoutes(visitors, json);
        HistoryStore historyStore = new HistoryStore(db, json);
        HistoryRoutes history = new HistoryRoutes(new History(historyStore, setup.library()), historyStore,
                new ShareLinks(db), new SessionReader(store, tries, setup.library()), access, visitors, sessions);
        ReviewRoutes review = new ReviewRoutes(db, store, setup.library(), new AccountPeople(db, visitors, access, coach),
                json, Clock.systemUTC());
        try {
            Javalin app = Javalin.create(config -> {
                configure(config, setup, json, socket, api);
                config.routes.wsBeforeUpgrade("/ws/chat", ctx -> visitors.atUpgrade(ctx, coach.isCoach(ctx)));
                accounts.configure(config.routes);
                review.configure(config.routes);
                history.configure(config.routes);
                config.staticFiles.enableWebjars();
            }).start(setup.port());
            return new HotseatServer(app, db, executor);
        } catch (RuntimeException e) {
            executor.shutdownNow();
            db.close();
            throw e;
        }
    }

    private static void configure(JavalinConfig config, Setup setup, ObjectMapper json, ChatSocket socket, ApiRoutes api) {
        config.concurrency.useVirtualThreads = true;
        config.startup.startupWatcherEnabled = false;
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, true));
        // The same cap as a socket frame: a 2,000-character reply never needs more, a 5 MB body is refused unread.
        config.http.maxRequestSize = MAX_TEXT_MESSAGE;
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
        config.routes.before(SecurityHeaders::apply);
        config.routes.before("/api/*", ctx -> {
            // Refused on the declared length alone, so a client that sent "Expect: 100-continue" never uploads it.
            if (ctx.contentLength() > MAX_TEXT_MESSAGE) {
                throw new HttpResponseException(413, "Content Too Large", Map.of());
            }
        });
        config.routes.wsBeforeUpgrade("/ws/chat", OriginCheck::check);
        config.routes.ws("/ws/chat", socket::configure);
        api.configure(config.routes);
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
            ctx.status(problem.status()).json(problem.toBody());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            Problem problem = Problem.of(e);
            ctx.status(problem.status()).json(problem.toBody());
        });
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening, lets running turns finish briefly, and closes the database. */
    @Override
    public void close() {
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

package dev.hotseat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Sessions;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Route;
import dev.hotseat.route.Routes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The HTTP server and nothing else: static files, the chat socket, and the routes every feature declares, behind
 * one role check ({@link RoleCheck}) and one exception mapper ({@link Problem}). What the features are and how
 * they are built is the composition root's business ({@code dev.hotseat.App}).
 */
public final class HotseatServer implements AutoCloseable {
    /** Well above the 2,000-character reply limit, so an oversized reply arrives and is refused with a message. */
    static final long MAX_TEXT_MESSAGE = 64 * 1024;
    /**
     * Connections the kernel holds until Jetty accepts them. The JVM's default, 50, drops SYNs when a class of
     * learners connects at once and the clients wait seconds for a retry (the kernel caps it at somaxconn).
     */
    private static final int ACCEPT_QUEUE = 1024;

    private final Javalin app;
    private final List<Route> routes;
    private final GracefulStop stop;

    private HotseatServer(Javalin app, List<Route> routes, GracefulStop stop) {
        this.app = app;
        this.routes = routes;
        this.stop = stop;
    }

    /**
     * Where and how it listens.
     *
     * @param web folder of static files served at /; skipped when it does not exist
     */
    public record Listening(int port, Path web, WireSettings wire, Duration drain) {
    }

    /** Who is calling: the sign-in cookie, the coach credential, and who owns which session. */
    public record Callers(Visitors visitors, CoachAuth coach, SessionAccess access) {
    }

    /**
     * Starts listening: the socket on {@code /ws/chat} (its messages handled on {@code executor}), every feature's
     * routes, the page's files. {@code errorSent} hears the code of every error answered, for the metrics.
     */
    public static HotseatServer start(Listening listening, Callers callers, Sessions sessions, Executor executor,
                                      List<Feature> features, ObjectMapper json, Consumer<String> errorSent) {
        ChatSocket socket = new ChatSocket(sessions, callers.access(), json, executor,
                new RateLimits("session starts", listening.wire().startRate()), errorSent);
        callers.visitors().onSignOut(socket::signedOut);
        RoleCheck roles = new RoleCheck(callers.visitors(), callers.coach(), callers.access());
        Map<String, Route> table = new HashMap<>();
        Routes[] declared = new Routes[1];
        Javalin app = Javalin.create(config -> {
            configure(config, listening, json);
            OriginCheck origins = Guards.configure(config, listening.wire());
            config.routes.wsBeforeUpgrade("/ws/chat", ctx -> callers.visitors().atUpgrade(ctx,
                    callers.coach().isCoach(ctx)));
            config.routes.ws("/ws/chat", socket::configure);
            config.routes.beforeMatched(ctx -> {
                Route route = table.get(key(ctx));
                if (route != null && route.changesState()) {
                    origins.checkRequest(ctx);
                    requireJson(ctx, route);
                }
                refuseLargeBodies(ctx, route);
                roles.check(ctx);
            });
            declared[0] = new Routes(config.routes);
            features.forEach(feature -> feature.routes(declared[0]));
            declared[0].table().forEach(route -> table.put(route.method() + " " + route.path(), route));
            errors(config, errorSent);
            config.staticFiles.enableWebjars();
        }).start(listening.port());
        return new HotseatServer(app, declared[0].table(), new GracefulStop(socket, sessions, listening.drain()));
    }

    /** "POST /api/coach/cards" for the route this request matched; "" for a static file. */
    private static String key(Context ctx) {
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "" : matched.method.name() + " " + matched.path;
    }

    /**
     * A route that takes JSON takes nothing else: a form a page elsewhere can post without asking (text/plain,
     * urlencoded, multipart) is refused before anything reads it. A request with no body and no type passes.
     */
    private static void requireJson(Context ctx, Route route) {
        String type = ctx.contentType();
        boolean body = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
        if (route.anyBody() || (type == null && !body)) {
            return;
        }
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).strip().startsWith("application/json")) {
            throw new JsonRequiredException(ctx.method().name() + " " + ctx.path(), type);
        }
    }

    /**
     * Refused on the declared length alone, so a client that sent "Expect: 100-continue" never uploads it. An upload
     * route (a card PNG) has its own, larger cap, checked by its handler.
     */
    private static void refuseLargeBodies(Context ctx, Route route) {
        if (ctx.contentLength() > MAX_TEXT_MESSAGE && (route == null || !route.anyBody())) {
            throw new HttpResponseException(413, "Content Too Large", Map.of());
        }
    }

    private static void configure(JavalinConfig config, Listening listening, ObjectMapper json) {
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
                    if (connector instanceof ServerConnector listeningOn) {
                        listeningOn.setAcceptQueueSize(ACCEPT_QUEUE);
                    }
                }
            }
        }));
        config.jetty.modifyWebSocketServletFactory(factory -> {
            factory.setMaxTextMessageSize(MAX_TEXT_MESSAGE);
            // A learner may think for a long time before replying.
            factory.setIdleTimeout(Duration.ofMinutes(30));
        });
        if (Files.isDirectory(listening.web())) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = listening.web().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });
        }
        config.jetty.host = listening.wire().host();
        config.routes.before(SecurityHeaders::apply);
    }

    /** The one exception mapper: every refusal and failure, as the JSON error of docs/protocol.md. */
    private static void errors(JavalinConfig config, Consumer<String> errorSent) {
        config.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            // Our own 404s (unknown session, unknown scenario) are JSON already; Javalin's "no such route" is not.
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                ctx.json(new Problem.HttpError("not-found", "No route " + ctx.method() + " " + ctx.path()
                        + " (see docs/protocol.md)"));
            }
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() != 413) {
                HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
                return;
            }
            answer(ctx, Problem.of(e), errorSent);
        });
        config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, Problem.of(e), errorSent));
    }

    private static void answer(Context ctx, Problem problem, Consumer<String> errorSent) {
        if (problem.retryAfter() != null) {
            ctx.header("Retry-After", String.valueOf(problem.retryAfter()));
        }
        errorSent.accept(problem.code());
        ctx.status(problem.status()).json(problem.toBody());
    }

    /** Every route the features declared, with who may call it. */
    public List<Route> routes() {
        return routes;
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

    /** Stops the way a deploy wants it (SIGTERM): {@link GracefulStop} first, then it stops listening. */
    @Override
    public void close() {
        stop.run();
        app.stop();
    }
}

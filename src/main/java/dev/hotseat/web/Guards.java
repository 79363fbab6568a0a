package dev.hotseat.web;

import io.javalin.config.JavalinConfig;

/**
 * What stands between the network and the routes: allowed hosts (HTTP and the socket upgrade), the socket's
 * origin check, per-client rate limits on sign-in and grading, and JSON error pages with the security headers
 * for requests Jetty refuses on its own.
 */
final class Guards {
    private Guards() {
    }

    /** Returns the origin check, which the server also runs on every route that changes something. */
    static OriginCheck configure(JavalinConfig config, WireSettings wire) {
        AllowedHosts hosts = new AllowedHosts(wire.host(), wire.publicUrl());
        OriginCheck origins = new OriginCheck(hosts);
        RateLimits logins = new RateLimits("sign-in attempts", wire.loginRate());
        RateLimits evaluations = new RateLimits("grading requests", wire.evaluateRate());
        config.routes.before(hosts::check);
        // Before-handlers on the path, so the limit holds whether or not a route is declared there.
        // Everything that tries a password or makes an account draws on the one sign-in limit.
        for (String path : new String[] {"/api/login", "/api/signup", "/api/reset", "/api/me/password"}) {
            config.routes.before(path, ctx -> {
                if (ctx.method().name().equals("POST")) {
                    logins.take(client(ctx));
                }
            });
        }
        config.routes.before("/api/evaluate", ctx -> {
            if (ctx.method().name().equals("POST")) {
                evaluations.take(client(ctx));
            }
        });
        config.routes.wsBeforeUpgrade("/ws/chat", origins::check);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        return origins;
    }

    /**
     * The client as limits count it: the remote address. Not {@code ctx.ip()}, which believes the first
     * {@code X-Forwarded-For} entry: any client could send a new one with every request and never be limited.
     */
    static String client(io.javalin.http.Context ctx) {
        return ctx.req().getRemoteAddr();
    }
}

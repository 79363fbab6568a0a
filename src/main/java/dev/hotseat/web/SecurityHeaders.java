package dev.hotseat.web;

import io.javalin.http.Context;

/**
 * Headers on every answer, page and API alike. The page is plain files from this server with no inline script
 * and no CDN, so the policy allows only this origin: injected markup could neither run script nor phone home.
 */
final class SecurityHeaders {
    static final String POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
            "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** Adds the headers to one answer. */
    static void apply(Context ctx) {
        forEach(ctx::header);
    }

    /** Hands each header name and value to {@code put}: for Javalin's answers and Jetty's own error pages alike. */
    static void forEach(java.util.function.BiConsumer<String, String> put) {
        put.accept("Content-Security-Policy", POLICY);
        put.accept("X-Content-Type-Options", "nosniff");
        put.accept("Referrer-Policy", "no-referrer");
        put.accept("X-Frame-Options", "DENY");
    }
}

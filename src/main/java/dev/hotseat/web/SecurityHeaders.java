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
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}

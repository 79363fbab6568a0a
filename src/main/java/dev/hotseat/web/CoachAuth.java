package dev.hotseat.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Guards coach-only routes: they need {@code Authorization: Bearer <coach token>}. */
public final class CoachAuth {
    private final byte[] token;

    public CoachAuth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random token, for when none was configured. */
    public static String randomToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Wraps a handler so it runs only for the coach. */
    public Handler protect(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    private void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedException("This route is for coaches: send 'Authorization: Bearer <coach token>'"
                    + " (the token is printed when the server starts, or set with --coach-token)");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so the token cannot be guessed one character at a time.
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedException("The coach token is wrong");
        }
    }
}

package dev.hotseat.web;

import dev.hotseat.account.Identity;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one place that decides "is this a coach": {@code Authorization: Bearer <coach token>} (for scripts), or a
 * signed-in coach account (for people in a browser).
 */
public final class CoachAuth {
    private final byte[] token;
    private final Visitors visitors;

    /** Coach token only: no accounts. */
    public CoachAuth(String token) {
        this(token, null);
    }

    public CoachAuth(String token, Visitors visitors) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.visitors = visitors;
    }

    /** A fresh random token, for when none was configured. */
    public static String randomToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * True for a coach: a right bearer token, or a coach account's cookie. A wrong token is refused outright
     * (401) rather than quietly treated as "not a coach", so a script with a typo hears about it.
     */
    public boolean isCoach(Context ctx) {
        // A signed-in coach account is enough (issue 20.1): a stale token a page still sends must not lock them out.
        if (account(ctx).map(Identity::coachAccount).orElse(false)) {
            return true;
        }
        if (ctx.header("Authorization") != null) {
            checkToken(ctx);
            return true;
        }
        return false;
    }

    /** True for a coach account's identity (a socket's, say). */
    public boolean isCoach(Identity identity) {
        return identity != null && identity.coachAccount();
    }

    private Optional<Identity> account(Context ctx) {
        return visitors == null ? Optional.empty() : visitors.current(ctx);
    }

    private void checkToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedException("The Authorization header must be 'Bearer <coach token>'");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison, so the token cannot be guessed one character at a time.
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedException("The coach token is wrong");
        }
    }
}

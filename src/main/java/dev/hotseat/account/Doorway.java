package dev.hotseat.account;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * What the account routes need of the browser's sign-in cookie, which the web layer keeps: who the request is
 * from, and giving the browser a new sign-in in place of the one it had.
 */
public interface Doorway {
    /** Who sent the request, if its cookie names a live sign-in (a bad cookie is cleared and refused). */
    Optional<Identity> current(Context ctx);

    /** Ends the sign-in the request's cookie holds (and whatever was opened with it) and sets {@code signIn}'s cookie. */
    void replace(Context ctx, SignIn signIn);

    /** The sign-in token the request's cookie holds, or null. */
    String cookieToken(Context ctx);

    /** Who the browser was before a sign-in; a stale or altered cookie just counts as nobody here. */
    default Optional<Identity> before(Context ctx) {
        try {
            return current(ctx);
        } catch (AccountException badCookie) {
            return Optional.empty();
        }
    }
}

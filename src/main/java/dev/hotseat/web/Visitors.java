package dev.hotseat.web;

import dev.hotseat.account.AccountException;
import dev.hotseat.account.Accounts;
import dev.hotseat.account.Doorway;
import dev.hotseat.account.Identity;
import dev.hotseat.account.Role;
import dev.hotseat.account.SignIn;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.UUID;

/**
 * Who a request comes from. The one cookie, {@code hotseat}, holds a random sign-in token (HttpOnly,
 * SameSite=Strict, Secure over HTTPS); the server looks it up, so signing out or deleting the row ends it at
 * once. A visitor with no cookie becomes a guest, unless the server runs with {@code --accounts required}.
 */
public final class Visitors implements Doorway {
    static final String COOKIE = "hotseat";
    private static final String IDENTITY = "hotseat.identity";
    private static final String TOKEN = "hotseat.sign-in";

    private final Accounts accounts;
    private final boolean guestsAllowed;
    private final List<Consumer<String>> signOutListeners = new CopyOnWriteArrayList<>();

    public Visitors(Accounts accounts, boolean guestsAllowed) {
        this.accounts = accounts;
        this.guestsAllowed = guestsAllowed;
    }

    public Accounts accounts() {
        return accounts;
    }

    public boolean guestsAllowed() {
        return guestsAllowed;
    }

    /**
     * Who sent this request, if its cookie says so; no cookie is empty. A cookie naming no sign-in (forged,
     * tampered with, signed out, expired) is cleared and refused with {@code bad-cookie}, changing nothing else.
     */
    @Override
    public Optional<Identity> current(Context ctx) {
        Identity known = ctx.attribute(IDENTITY);
        if (known != null) {
            return Optional.of(known);
        }
        String token = ctx.cookie(COOKIE);
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Identity found = accounts.identify(token).orElseThrow(() -> {
            clear(ctx);
            return AccountException.badCookie();
        });
        ctx.attribute(IDENTITY, found);
        return Optional.of(found);
    }

    /**
     * Who sent this request; someone with no cookie becomes a new guest here, when guests are allowed (when
     * they are not, a guest cookie from before counts as nobody: {@code sign-in-required}).
     */
    public Identity orGuest(Context ctx) {
        if (!guestsAllowed) {
            return required(ctx);
        }
        return current(ctx).orElseGet(() -> {
            SignIn guest = accounts.guest(Guards.client(ctx));
            signedIn(ctx, guest);
            return guest.identity();
        });
    }

    /** Who sent this request; refused with {@code sign-in-required} when nobody is signed in and guests are not allowed. */
    public Identity required(Context ctx) {
        Optional<Identity> who = current(ctx);
        if (who.isEmpty() || (who.get().guest() && !guestsAllowed)) {
            throw AccountException.signInRequired();
        }
        return who.get();
    }

    /**
     * The socket upgrade: reads the cookie and keeps who it is for the socket's handlers. A socket with no cookie
     * (a script, a test) gets a guest identity of its own that lasts as long as the connection.
     */
    void atUpgrade(Context ctx, boolean coachToken) {
        Identity who = current(ctx).orElseGet(() -> coachToken
                ? new Identity("coach-token", "coach", Role.COACH)
                : connectionGuest());
        if (who.guest() && !guestsAllowed) {
            throw AccountException.signInRequired();
        }
        ctx.attribute(IDENTITY, who);
        ctx.attribute(TOKEN, token(ctx));
    }

    /** The sign-in token this socket was opened with (set at the upgrade), or null for one opened with no cookie. */
    public static String tokenOf(WsContext ctx) {
        return ctx.attribute(TOKEN);
    }

    /** Tells {@code listener} the token of every sign-in that ends here (sign-out, or the old one at a sign-in). */
    public void onSignOut(Consumer<String> listener) {
        signOutListeners.add(listener);
    }

    /** Ends the sign-in this request's cookie holds, if any, and tells the listeners (the sockets opened with it close). */
    void signOut(Context ctx) {
        String token = token(ctx);
        if (token != null) {
            accounts.signOut(token);
            signOutListeners.forEach(listener -> listener.accept(token));
        }
    }

    /** Who opened this socket (set at the upgrade). */
    public static Identity of(WsContext ctx) {
        Identity who = ctx.attribute(IDENTITY);
        if (who == null) {
            throw new IllegalStateException("The socket was opened without passing the identity check");
        }
        return who;
    }

    private static Identity connectionGuest() {
        return new Identity("connection-" + UUID.randomUUID(), null, Role.GUEST);
    }

    @Override
    public void replace(Context ctx, SignIn signIn) {
        signOut(ctx);
        signedIn(ctx, signIn);
    }

    @Override
    public String cookieToken(Context ctx) {
        return token(ctx);
    }

    /** Sets the cookie for a new sign-in (a guest's or an account's). */
    void signedIn(Context ctx, SignIn signIn) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + signIn.token() + "; Path=/; Max-Age="
                + signIn.lasts().toSeconds() + "; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
        ctx.attribute(IDENTITY, signIn.identity());
    }

    /** Tells the browser to drop the cookie. */
    void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure(ctx) ? "; Secure" : ""));
    }

    /** The cookie's token as sent, for signing out. */
    static String token(Context ctx) {
        return ctx.cookie(COOKIE);
    }

    // Behind a TLS-terminating proxy the request arrives as http, so the proxy's word counts too.
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).strip());
    }
}

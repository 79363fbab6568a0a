package dev.hotseat.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.input.BadMessageException;
import dev.hotseat.input.JsonBody;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts people run themselves: sign up ({@code --accounts open}), change their password, and set a new one through
 * a one-time link a coach made. Signing in and out stay with the web layer, which keeps the cookie.
 */
public record SelfService(Accounts accounts, Doorway doorway, AccountsMode mode, ObjectMapper json) implements Feature {

    @Override
    public void routes(Routes routes) {
        routes.get("/api/signup", ctx -> ctx.json(Map.of("open", mode == AccountsMode.OPEN)), Role.ANYONE);
        routes.post("/api/signup", this::signUp, Role.ANYONE);
        routes.post("/api/me/password", this::changePassword, Role.LEARNER, Role.COACH);
        routes.post("/api/coach/resets", this::resetLink, Role.COACH);
        routes.post("/api/reset", this::reset, Role.ANYONE);
    }

    private void signUp(Context ctx) {
        if (mode != AccountsMode.OPEN) {
            throw new AccountException("sign-up-closed", 403, "Accounts here are made by a coach: ask yours for one"
                    + (mode.guestsAllowed() ? ", or practise as a guest." : "."));
        }
        JsonNode body = body(ctx);
        Optional<Identity> before = doorway.before(ctx);
        SignIn signIn = accounts.signUp(text(body, "name"), text(body, "password"));
        int claimed = before.filter(Identity::guest).filter(g -> body.path("claim").asBoolean(true))
                .map(guest -> accounts.claim(guest, signIn.identity())).orElse(0);
        doorway.replace(ctx, signIn);
        ctx.status(201).json(me(signIn.identity(), claimed));
    }

    private void changePassword(Context ctx) {
        JsonNode body = body(ctx);
        Identity who = doorway.before(ctx).orElseThrow(AccountException::signInRequired);
        accounts.changePassword(who, text(body, "current"), text(body, "password"), doorway.cookieToken(ctx));
        ctx.status(204);
    }

    private void resetLink(Context ctx) {
        Accounts.ResetLink link = accounts.resetLink(text(body(ctx), "learner"), true);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("learner", link.name());
        out.put("url", url(link.token()));
        out.put("expires", link.expires().toString());
        ctx.status(201).json(out);
    }

    private void reset(Context ctx) {
        JsonNode body = body(ctx);
        SignIn signIn = accounts.reset(text(body, "token"), text(body, "password"));
        doorway.replace(ctx, signIn);
        ctx.json(me(signIn.identity(), 0));
    }

    /** The page that takes a reset link's token: a path on this server, for whoever hands the link on. */
    public static String url(String token) {
        return "/reset.html#" + token;
    }

    private Map<String, Object> me(Identity who, int claimed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", who.name());
        out.put("role", who.role().wire());
        out.put("guest", who.guest());
        out.put("accountsRequired", mode == AccountsMode.REQUIRED);
        out.put("claimed", claimed);
        return out;
    }

    private JsonNode body(Context ctx) {
        return JsonBody.object(json, ctx.body(), "{\"name\":\"…\",\"password\":\"…\"}");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new BadMessageException("bad-message", "This needs '" + field + "' (as text); see docs/protocol.md,"
                    + " \"Accounts\"");
        }
        return value.asText();
    }
}

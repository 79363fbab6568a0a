package dev.hotseat.web;

import dev.hotseat.input.JsonBody;

import dev.hotseat.input.BadMessageException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.account.Identity;
import dev.hotseat.account.SignIn;
import dev.hotseat.route.Feature;
import dev.hotseat.route.Role;
import dev.hotseat.route.Routes;
import io.javalin.http.Context;
import java.util.Optional;

/** Signing in and out, and "who am I": {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/me}. */
public record AccountRoutes(Visitors visitors, ObjectMapper json) implements Feature {
    /** What {@code GET /api/me} and a sign-in answer. {@code claimed}: guest sessions moved into the account. */
    record Me(String name, String role, boolean guest, boolean accountsRequired, Integer claimed) {
        static Me of(Identity who, boolean accountsRequired, Integer claimed) {
            return new Me(who.name(), who.role().wire(), who.guest(), accountsRequired, claimed);
        }
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/me", ctx -> ctx.json(Me.of(visitors.orGuest(ctx), !visitors.guestsAllowed(), null)), Role.ANYONE);
        routes.post("/api/login", this::login, Role.ANYONE);
        routes.post("/api/logout", this::logout, Role.ANYONE);
    }

    private void login(Context ctx) {
        JsonNode body = body(ctx);
        String name = text(body, "name");
        String password = text(body, "password");
        Optional<Identity> before = visitors.before(ctx);
        SignIn signIn = visitors.accounts().signIn(name, password);
        // The old token dies and a new one is set: a cookie planted before sign-in is worth nothing after it.
        visitors.signOut(ctx);
        int claimed = before.filter(Identity::guest).filter(g -> body.path("claim").asBoolean(true))
                .map(guest -> visitors.accounts().claim(guest, signIn.identity())).orElse(0);
        visitors.signedIn(ctx, signIn);
        ctx.json(Me.of(signIn.identity(), !visitors.guestsAllowed(), claimed));
    }

    private void logout(Context ctx) {
        visitors.signOut(ctx);
        visitors.clear(ctx);
        ctx.status(204);
    }

    private JsonNode body(Context ctx) {
        return JsonBody.object(json, ctx.body(), "{\"name\":\"…\",\"password\":\"…\"}");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new BadMessageException("bad-message", "The sign-in needs '" + field
                    + "': send {\"name\":\"…\",\"password\":\"…\"}");
        }
        return value.asText();
    }
}

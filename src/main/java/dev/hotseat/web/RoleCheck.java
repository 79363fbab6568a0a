package dev.hotseat.web;

import dev.hotseat.account.AccountException;
import dev.hotseat.account.Identity;
import dev.hotseat.route.Role;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * The one check of who may call a route, run before every matched handler: the route's roles ({@link Role}) against
 * the caller. A caller holding any of them passes; otherwise the refusal says the least it can: 404
 * {@code unknown-session} for someone else's session, 401 to nobody signed in, 403 to a learner at a coach route.
 */
record RoleCheck(Visitors visitors, CoachAuth coach, SessionAccess access) {

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty() || roles.contains(Role.ANYONE)) {
            return;
        }
        // A wrong coach token is refused here (401), even where the caller might also pass as the owner.
        if (roles.contains(Role.COACH) && coach.isCoach(ctx)) {
            return;
        }
        if (roles.contains(Role.OWNER)) {
            access.checkOwner(ctx, ctx.pathParam("id"));
            return;
        }
        if (roles.contains(Role.LEARNER)) {
            visitors.orGuest(ctx);
            return;
        }
        throw notACoach(ctx);
    }

    private RuntimeException notACoach(Context ctx) {
        Optional<Identity> who = visitors.current(ctx);
        if (who.isPresent()) {
            return new AccountException("coach-only", 403, "This is for coaches; you are signed in as a "
                    + who.get().role().wire() + ". Ask a coach, or sign in with a coach account.");
        }
        ctx.header("WWW-Authenticate", "Bearer");
        return new UnauthorizedException("This route is for coaches: sign in with a coach account, or send"
                + " 'Authorization: Bearer <coach token>' (the token is printed when the server starts, or set"
                + " with --coach-token)");
    }
}

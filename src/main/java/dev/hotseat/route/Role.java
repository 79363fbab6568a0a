package dev.hotseat.route;

import io.javalin.security.RouteRole;

/**
 * Who may call a route; every route declares at least one, and one check in the server enforces them before the
 * handler runs. A caller who holds any of a route's roles passes.
 */
public enum Role implements RouteRole {
    /** Anyone, signed in or not: the scenario list, signing in, health. */
    ANYONE,
    /** Someone who practises: a guest (made on the spot when guests are allowed) or a signed-in account. */
    LEARNER,
    /**
     * The person who started the session named by the route's {@code {id}}. Anyone else hears it does not exist
     * (404 {@code unknown-session}), so a stranger cannot even learn that an id is real.
     */
    OWNER,
    /** A coach: the coach token, or a signed-in coach account. Nobody signed in gets 401, anyone else 403. */
    COACH
}

package dev.hotseat.route;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where features declare their routes: like Javalin's own, but every route must name who may call it, and each
 * lands in a table the server and its tests can read. Bodies of POST, PUT and DELETE routes are JSON unless a
 * route is declared with {@link #upload}.
 */
public final class Routes {
    private final RoutesConfig javalin;
    private final List<Route> table = new ArrayList<>();

    public Routes(RoutesConfig javalin) {
        this.javalin = javalin;
    }

    public Routes get(String path, Handler handler, Role... roles) {
        javalin.get(path, handler, listed("GET", path, false, roles));
        return this;
    }

    public Routes post(String path, Handler handler, Role... roles) {
        javalin.post(path, handler, listed("POST", path, false, roles));
        return this;
    }

    public Routes put(String path, Handler handler, Role... roles) {
        javalin.put(path, handler, listed("PUT", path, false, roles));
        return this;
    }

    public Routes delete(String path, Handler handler, Role... roles) {
        javalin.delete(path, handler, listed("DELETE", path, false, roles));
        return this;
    }

    /** A POST whose body may be other than JSON (a file), read by the handler as bytes. */
    public Routes upload(String path, Handler handler, Role... roles) {
        javalin.post(path, handler, listed("POST", path, true, roles));
        return this;
    }

    /** Checks the roles and puts the route in the table; returns the roles for Javalin to keep with it. */
    private Role[] listed(String method, String path, boolean anyBody, Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException(method + " " + path + " names no role: say who may call it (Role.ANYONE"
                    + " for everyone)");
        }
        Set<Role> declared = EnumSet.of(roles[0], roles);
        if (declared.contains(Role.OWNER) && !path.contains("{id}")) {
            throw new IllegalArgumentException(method + " " + path + " is for the session's owner, so its path must"
                    + " name the session as {id}");
        }
        table.add(new Route(method, path, declared, anyBody));
        return roles;
    }

    /** Every route declared so far, in order. */
    public List<Route> table() {
        return List.copyOf(table);
    }
}

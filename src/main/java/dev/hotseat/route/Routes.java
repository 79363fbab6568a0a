package dev.hotseat.route;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
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
        return add(HandlerType.GET, path, handler, false, roles);
    }

    public Routes post(String path, Handler handler, Role... roles) {
        return add(HandlerType.POST, path, handler, false, roles);
    }

    public Routes put(String path, Handler handler, Role... roles) {
        return add(HandlerType.PUT, path, handler, false, roles);
    }

    public Routes delete(String path, Handler handler, Role... roles) {
        return add(HandlerType.DELETE, path, handler, false, roles);
    }

    /** A POST whose body may be other than JSON (a file), read by the handler as bytes. */
    public Routes upload(String path, Handler handler, Role... roles) {
        return add(HandlerType.POST, path, handler, true, roles);
    }

    /**
     * Checks the roles, puts the route in the table and hands it to Javalin with its roles, all in one place, so no
     * route can reach Javalin without being in the table.
     */
    private Routes add(HandlerType method, String path, Handler handler, boolean anyBody, Role... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException(method.name() + " " + path + " names no role: say who may call it"
                    + " (Role.ANYONE for everyone)");
        }
        Set<Role> declared = EnumSet.of(roles[0], roles);
        if (declared.contains(Role.OWNER) && !path.contains("{id}")) {
            throw new IllegalArgumentException(method.name() + " " + path + " is for the session's owner, so its path"
                    + " must name the session as {id}");
        }
        table.add(new Route(method.name(), path, declared, anyBody));
        javalin.addHttpHandler(method, path, handler, roles);
        return this;
    }

    /** Every route declared so far, in order. */
    public List<Route> table() {
        return List.copyOf(table);
    }
}

package dev.hotseat.route;

import java.util.Set;

/**
 * One entry of the server's route table: what tests and docs list, e.g. every coach route.
 *
 * @param method   GET, POST, PUT or DELETE
 * @param path     as declared, e.g. {@code /api/sessions/{id}}
 * @param roles    who may call it (see {@link Role})
 * @param anyBody  true for the one kind of route whose body need not be JSON (a card upload may be a PNG)
 */
public record Route(String method, String path, Set<Role> roles, boolean anyBody) {
    public Route {
        roles = Set.copyOf(roles);
    }

    /** True for a route that changes something: everything but GET. */
    public boolean changesState() {
        return !method.equals("GET");
    }
}

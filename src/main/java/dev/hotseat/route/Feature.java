package dev.hotseat.route;

/** A part of Hotseat that answers over HTTP: it declares its routes, each with the roles that may call it. */
@FunctionalInterface
public interface Feature {

    /** Declares this feature's routes. */
    void routes(Routes routes);
}

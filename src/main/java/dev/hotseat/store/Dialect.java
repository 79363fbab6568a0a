package dev.hotseat.store;

/** Which database a {@link Database} talks to; migrations may carry statements for one dialect. */
public enum Dialect {
    /** One file in the data folder: the default, for one node. */
    SQLITE,
    /** A server several Hotseat nodes share. */
    POSTGRESQL
}

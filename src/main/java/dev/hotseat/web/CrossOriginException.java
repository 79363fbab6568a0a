package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;

/** A browser page from another site tried to open the chat socket. */
public class CrossOriginException extends RuntimeException {
    public CrossOriginException(String origin, String host) {
        super("Origin '" + BadMessageException.quote(origin) + "' may not open the chat socket of '"
                + BadMessageException.quote(host) + "' (only pages served by this server may)");
    }
}

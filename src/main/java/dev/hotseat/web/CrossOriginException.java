package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;
import dev.hotseat.input.Rejection;

/** A browser page from another site tried to open the chat socket. */
public class CrossOriginException extends Rejection {
    public CrossOriginException(String origin, String host) {
        super("cross-origin", 403, "Origin '" + BadMessageException.quote(origin) + "' may not open the chat socket of '"
                + BadMessageException.quote(host) + "' (only pages served by this server may)");
    }
}

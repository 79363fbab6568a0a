package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;
import dev.hotseat.input.Rejection;

/** A browser page from another site or origin tried to open the chat socket or change something. */
public class CrossOriginException extends Rejection {
    /** {@code who} may not {@code what} this host, e.g. "Origin 'https://evil.example'" may not "change anything on". */
    public CrossOriginException(String who, String what, String host) {
        super("cross-origin", 403, BadMessageException.quote(who) + " may not " + what + " '"
                + BadMessageException.quote(host) + "' (only pages served by this server may)");
    }
}

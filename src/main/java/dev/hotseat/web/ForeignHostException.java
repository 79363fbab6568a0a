package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;
import dev.hotseat.input.Rejection;

/** A request named a host this server does not answer to, as a DNS-rebinding page would. */
public class ForeignHostException extends Rejection {
    public ForeignHostException(String host) {
        super("unknown-host", 421, "This server does not answer to host '" + BadMessageException.quote(host) + "'. Open it at its own"
                + " address (http://localhost:PORT), or start it with --public-url naming the address learners use.");
    }
}

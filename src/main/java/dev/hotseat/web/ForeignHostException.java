package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;

/** A request named a host this server does not answer to, as a DNS-rebinding page would. */
public class ForeignHostException extends RuntimeException {
    public ForeignHostException(String host) {
        super("This server does not answer to host '" + BadMessageException.quote(host) + "'. Open it at its own"
                + " address (http://localhost:PORT), or start it with --public-url naming the address learners use.");
    }
}

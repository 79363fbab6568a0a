package dev.hotseat.conversation;

import dev.hotseat.input.Rejection;

/** A session id that names no stored session. */
public class UnknownSessionException extends Rejection {
    private static final int QUOTE = 80;

    public UnknownSessionException(String id) {
        super("unknown-session", 404, "Session '" + quote(id) + "' not found (it may never have existed; start a new one)");
    }

    // The id comes from a client: quote enough to recognise it, never a megabyte or control characters.
    private static String quote(String id) {
        String printable = String.valueOf(id).replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= QUOTE ? printable : printable.substring(0, QUOTE) + "…";
    }
}

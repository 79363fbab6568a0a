package dev.hotseat.web;

/** A message from a client that is not JSON, has an unknown type, or lacks a field it needs. */
public class BadMessageException extends RuntimeException {
    private static final int QUOTE = 80;
    private final String code;

    public BadMessageException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code sent to the client. */
    public String code() {
        return code;
    }

    static BadMessageException malformed(String text, String why) {
        return new BadMessageException("bad-json", "Not a JSON message: '" + quote(text) + "' (" + why + ")");
    }

    static BadMessageException unknownType(String type) {
        return new BadMessageException("unknown-type", "Unknown message type '" + quote(type)
                + "' (known: start, resume, reply, end)");
    }

    static BadMessageException missing(String type, String field) {
        return new BadMessageException("bad-message", "A '" + type + "' message needs a text field '" + field + "'");
    }

    static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE ? oneLine : oneLine.substring(0, QUOTE) + "…";
    }
}

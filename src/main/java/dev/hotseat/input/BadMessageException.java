package dev.hotseat.input;

/** A message from a client that is not JSON, has an unknown type, or lacks a field it needs. */
public class BadMessageException extends Rejection {
    private static final int QUOTE = 80;

    public BadMessageException(String code, String message) {
        super(code, message);
    }

    public static BadMessageException malformed(String text, String why) {
        return new BadMessageException("bad-json", "Not a JSON message: '" + quote(text) + "' (" + why + ")");
    }

    public static BadMessageException unknownType(String type) {
        return new BadMessageException("unknown-type", "Unknown message type '" + quote(type)
                + "' (known: start, resume, reply, end)");
    }

    public static BadMessageException missing(String type, String field) {
        return new BadMessageException("bad-message", "A '" + type + "' message needs a text field '" + field + "'");
    }

    public static BadMessageException loneSurrogate(String field, int index, char unit) {
        return new BadMessageException("bad-message", String.format(
                "The text in '%s' holds a lone surrogate \\u%04x at character %d: it is half of a character, not one."
                        + " Send whole characters (valid UTF-16 in JSON escapes).", quote(field), (int) unit, index + 1));
    }

    public static BadMessageException binary() {
        return new BadMessageException("bad-message",
                "Binary frames are not read: send each message as JSON in a text frame, like {\"type\":\"reply\",\"text\":\"…\"}.");
    }

    public static BadMessageException badId(String id, int maxLength) {
        return new BadMessageException("bad-message", "A reply's 'id' must be 1 to " + maxLength
                + " letters, digits or - _ . : (like \"c-7\"), not '" + quote(id) + "'");
    }

    /** One line, at most 80 characters, never cut inside a character, and no lone surrogates. */
    public static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < oneLine.length() && Character.isLowSurrogate(oneLine.charAt(i + 1));
            if (pair) {
                if (safe.length() + 2 > QUOTE) {
                    return safe + "…";
                }
                safe.append(c).append(oneLine.charAt(++i));
            } else {
                if (safe.length() + 1 > QUOTE) {
                    return safe + "…";
                }
                safe.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return safe.toString();
    }
}

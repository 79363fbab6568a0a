package dev.hotseat.review;

/** Quotes client input in an error message: one line, short, no control characters. */
final class Quote {
    private static final int LIMIT = 80;

    private Quote() {
    }

    static String of(Object value) {
        String text = String.valueOf(value).replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT) + "…";
    }
}

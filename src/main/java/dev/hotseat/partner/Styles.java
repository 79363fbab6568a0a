package dev.hotseat.partner;

/**
 * Interviewer styles: friendly (the older name "warm" is the same), strict, rapid-fire and hostile. A style sets
 * the built-in words (acknowledgements, nudges, challenges) and how hard a thin answer is pressed.
 */
final class Styles {
    static final String FRIENDLY = "friendly";
    static final String HOSTILE = "hostile";

    private Styles() {
    }

    /** The style's name for the built-in lines; a missing style is friendly. */
    static String of(String style) {
        return style == null || style.isBlank() || style.equals("warm") ? FRIENDLY : style;
    }
}

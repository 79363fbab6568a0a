package dev.hotseat.input;

import java.text.Normalizer;

/**
 * Text put into the shape graders can read in bounded time: NFC (so "e" + U+0301 and "é" are one character, as
 * they look), and no more than {@link #MAX_MARKS} combining marks in a row. A reply of "a" and 1,999 combining
 * accents cost the evaluator 15-27 s of CPU, because word boundaries rescan runs of marks in dozens of patterns;
 * no written language stacks more than three on one letter, so nothing a learner means is lost.
 */
public final class TextShape {
    /** Combining marks kept in a row: enough for any script's stacked diacritics. */
    public static final int MAX_MARKS = 3;

    private TextShape() {
    }

    /** The text in NFC with every run of combining marks cut to {@link #MAX_MARKS}; unchanged when already so. */
    public static String normalise(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder kept = null;
        int run = 0;
        for (int i = 0; i < nfc.length(); ) {
            int point = nfc.codePointAt(i);
            int width = Character.charCount(point);
            run = isMark(point) ? run + 1 : 0;
            if (run > MAX_MARKS && kept == null) {
                kept = new StringBuilder(nfc.length()).append(nfc, 0, i);
            }
            if (kept != null && run <= MAX_MARKS) {
                kept.appendCodePoint(point);
            }
            i += width;
        }
        return kept == null ? nfc : kept.toString();
    }

    private static boolean isMark(int point) {
        int type = Character.getType(point);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}

package dev.hotseat.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Replies reach graders in NFC with runs of combining marks cut to three, and ordinary text passes unchanged. */
class TextShapeTest {
    @Test
    void aLetterAndItsAccent_becomeTheOneCharacterTheyLookLike() {
        assertEquals("caf\u00e9", TextShape.normalise("cafe\u0301"));
    }

    @Test
    void aRunOf1999Accents_isCutToThree_afterTheFirstComposesWithItsLetter() {
        String shaped = TextShape.normalise("a" + "\u0300".repeat(1999));

        assertEquals("\u00e0" + "\u0300".repeat(3), shaped);
    }

    @Test
    void everyRunIsCutOnItsOwn_andTheLettersBetweenThemStay() {
        String shaped = TextShape.normalise(("x" + "\u0308\u0301\u0302\u0303\u0304\u0305" + " ").repeat(3));

        assertEquals(("\u1e8d\u0301\u0302\u0303 ").repeat(3), shaped, "x with diaeresis is one character in NFC");
    }

    @Test
    void ordinaryTextEmojiAndThreeStackedMarks_passUnchangedAsTheSameString() {
        String text = "I'm sorry \uD83D\uDE00 — ti\u1ebfng Vi\u1ec7t, \u0915\u093f\u0902";

        assertSame(text, TextShape.normalise(text));
    }
}

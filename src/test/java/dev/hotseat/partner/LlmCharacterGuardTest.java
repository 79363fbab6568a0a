package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The guard that stops a persona line which steps out of character, before the giveaway reaches the learner. */
class LlmCharacterGuardTest {

    private static String stream(CharacterGuard guard, String... pieces) {
        StringBuilder shown = new StringBuilder();
        for (String piece : pieces) {
            shown.append(guard.accept(piece));
        }
        return shown.append(guard.finish()).toString();
    }

    @Test
    void ordinaryAngryLine_passesThroughUnchanged() {
        String line = "I've been on hold for an hour, as anyone would be furious. I am an aide nurse, I work nights!";
        assertEquals(line, stream(new CharacterGuard(), line.split("(?<= )")));
    }

    @Test
    void giveawaySplitAcrossTokens_isCaught_andNothingOfItWasShown() {
        var guard = new CharacterGuard();
        StringBuilder shown = new StringBuilder();
        shown.append(guard.accept("Well. "));
        shown.append(guard.accept("As "));
        shown.append(guard.accept("an "));
        assertThrows(CharacterGuard.OutOfCharacter.class, () -> guard.accept("AI, I can't"));
        assertEquals("Well. ", shown.toString());
    }

    @Test
    void curlyApostropheAndCapitals_doNotHideTheGiveaway() {
        assertThrows(CharacterGuard.OutOfCharacter.class, () -> stream(new CharacterGuard(), "I\u2019M AN AI."));
    }

    @Test
    void phraseInsideAnotherWord_isNotMistakenForAGiveaway() {
        assertEquals("Thai assistants? No.", stream(new CharacterGuard(), "Thai ", "assistants? ", "No."));
    }

    @Test
    void heldBackTail_isReleasedWhenTheLineEnds() {
        var guard = new CharacterGuard();
        assertEquals("Fine, ", guard.accept("Fine, how"));
        assertEquals("how", guard.finish());
    }
}

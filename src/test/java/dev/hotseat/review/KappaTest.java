package dev.hotseat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Cohen's kappa against values worked out by hand: kappa = (observed - chance) / (1 - chance). */
class KappaTest {
    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void textbookTable_givesKappaPointFour() {
        // given 50 items: both yes 20, first yes only 5, second yes only 10, both no 15
        boolean[] first = new boolean[50];
        boolean[] second = new boolean[50];
        for (int i = 0; i < 50; i++) {
            first[i] = i < 25;
            second[i] = i < 20 || i >= 25 && i < 35;
        }

        // when
        Kappa k = Kappa.of(first, second);

        // then observed 35/50 = 0.7, chance 0.5*0.6 + 0.5*0.4 = 0.5, kappa 0.2/0.5 = 0.4
        assertEquals(50, k.n());
        assertEquals(35, k.agreed());
        assertEquals(70.0, k.percent(), 1e-9);
        assertEquals(0.4, k.kappa(), 1e-9);
    }

    @Test
    void allAgree_withBothLabelsUsed_isOne() {
        Kappa k = Kappa.of(new boolean[] {T, F, T, F, F}, new boolean[] {T, F, T, F, F});

        assertEquals(100.0, k.percent(), 1e-9);
        assertEquals(1.0, k.kappa(), 1e-9);
    }

    @Test
    void noneAgree_withBalancedLabels_isMinusOne() {
        // observed 0, chance 0.5*0.5 + 0.5*0.5 = 0.5: (0 - 0.5) / 0.5 = -1
        Kappa k = Kappa.of(new boolean[] {T, F, T, F}, new boolean[] {F, T, F, T});

        assertEquals(0.0, k.percent(), 1e-9);
        assertEquals(-1.0, k.kappa(), 1e-9);
    }

    @Test
    void noneAgree_whenEachRaterUsesOneLabel_isZero() {
        // first always yes, second always no: chance 1*0 + 0*1 = 0, observed 0, kappa 0
        Kappa k = Kappa.of(new boolean[] {T, T, T}, new boolean[] {F, F, F});

        assertEquals(0.0, k.kappa(), 1e-9);
    }

    @Test
    void noVariance_bothRatersSayYesToEverything_isUndefined() {
        // chance agreement 1*1 + 0*0 = 1, so kappa is 0/0: reported as null, percent agreement still 100
        Kappa k = Kappa.of(new boolean[] {T, T, T}, new boolean[] {T, T, T});

        assertNull(k.kappa());
        assertEquals(100.0, k.percent(), 1e-9);
    }

    @Test
    void oneRaterWithoutVariance_isZero_whateverTheOtherSays() {
        // first always yes; second half yes: observed 0.5, chance 1*0.5 + 0*0.5 = 0.5, kappa 0
        Kappa k = Kappa.of(new boolean[] {T, T, T, T}, new boolean[] {T, T, F, F});

        assertEquals(50.0, k.percent(), 1e-9);
        assertEquals(0.0, k.kappa(), 1e-9);
    }

    @Test
    void unevenTable_matchesHandWorkedValue() {
        // 10 items: both yes 6, first yes only 1, second yes only 2, both no 1
        // observed 0.7; first yes 0.7, second yes 0.8; chance 0.56 + 0.06 = 0.62; kappa 0.08 / 0.38
        boolean[] first = {T, T, T, T, T, T, T, F, F, F};
        boolean[] second = {T, T, T, T, T, T, F, T, T, F};

        Kappa k = Kappa.of(first, second);

        assertEquals(0.08 / 0.38, k.kappa(), 1e-9);
    }

    @Test
    void noItems_haveNoFigures() {
        Kappa k = Kappa.of(new boolean[0], new boolean[0]);

        assertEquals(0, k.n());
        assertNull(k.kappa());
        assertNull(k.percent());
    }

    @Test
    void labelsOfDifferentLength_areRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Kappa.of(new boolean[] {T}, new boolean[] {T, F}));

        assertEquals("Two raters must label the same items: 1 labels against 2", e.getMessage());
    }
}

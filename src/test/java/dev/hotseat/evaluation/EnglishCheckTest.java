package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.persona.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {

    @Test
    void shortReplies_namesAndNumbers_countAsEnglish() {
        for (String text : List.of("ok", "yes", "Yes.", "Sophie", "4471", "Thanks, Maria.", "OK, let me check.", "",
                "Sorry!", "Jean-Pierre Dubois", "#4471 / £9.50", "Hi Priyanka", "I'm sorry, Señora Gómez, I'll fix it today.")) {
            assertTrue(EnglishCheck.looksEnglish(text), text);
        }
    }

    @Test
    void repliesInOtherLanguages_areNotEnglish() {
        for (String text : List.of("Lo siento mucho, voy a revisar su pedido ahora mismo.",
                "Je suis vraiment désolé, je vais vérifier votre commande.",
                "Es tut mir leid, ich kümmere mich sofort um Ihre Bestellung.",
                "Sinto muito, vou verificar o seu pedido agora.", "Mi dispiace molto, controllo subito il suo ordine.",
                "Het spijt me, ik ga uw bestelling nu controleren.", "Извините, я проверю ваш заказ.", "申し訳ありません、すぐに確認します。",
                "Gracias", "Merci beaucoup")) {
            assertFalse(EnglishCheck.looksEnglish(text), text);
        }
    }

    @Test
    void aReplyInAnotherLanguage_getsAGradeThatSaysSoInWords_withNoScoreAndNoSkills() {
        // given a Spanish reply; when graded
        Grade g = SharedEvaluator.evaluator().grade(new Exchange(Mode.CUSTOMER, "Where is my parcel?",
                "Lo siento mucho, voy a revisar su pedido ahora mismo.", null));
        // then the grade says in words that Hotseat grades English, with no score and no skills
        assertEquals(0, g.score());
        assertTrue(g.criteria().isEmpty());
        assertTrue(g.summary().startsWith("Hotseat grades replies in English"), g.summary());
    }
}

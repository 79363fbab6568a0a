package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language-model persona is told where things stand from the same state the scripted partner keeps. */
class PersonaStateTest {
    private final Scenario parcel = SharedEvaluator.library().scenario("late-parcel");

    private static String standing(Chat chat, Readings next) {
        List<Turn> history = new java.util.ArrayList<>(chat.history());
        history.add(Turn.learner(history.size(), next.text()).withGrade(next.grade()));
        return PersonaPrompt.standing(new PartnerRequest(chat.scenario(), history, next.grade(), chat.last().mood(), 0));
    }

    @Test
    void agreedFix_isNamedInTheRepsWords_andTheCallIsClosing() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("I'm sorry.", "apology").part("I'll courier a new one tonight.", "solution")
                .offer());

        String state = standing(chat, Readings.reply().question("Anything else?"));

        assertTrue(state.contains("You have agreed to their fix (\"I'll courier a new one tonight.\")"), state);
        assertTrue(state.contains("closing"), state);
    }

    @Test
    void promiseBeyondPolicy_isOneToHoldThemTo_andTheThreatToKeep() {
        Chat chat = new Chat(parcel);
        chat.say(Readings.reply().part("Sorry.", "apology").part("Full refund, keep the parcel too.", "solution")
                .beyond());

        String state = standing(chat, Readings.reply().part("Anyway."));

        assertTrue(state.contains("They promised more than they may give (\"Full refund, keep the parcel too.\")"),
                state);
        assertTrue(state.contains("take the fix coldly and ask for their manager"), state);
    }

    @Test
    void interviewer_isToldWhatWasAsked_andHowItIsGoing() {
        Chat chat = new Chat(SharedEvaluator.library().scenario("service-rep-warm"));
        chat.say(Readings.answer().part("Once a parcel broke; I sent another and she thanked me.", "star", "solution"));

        String state = standing(chat, Readings.answer().part("I'd listen first.", "listen"));

        assertTrue(state.contains("Already asked about: main, "), state);
        assertTrue(state.contains("1 real example(s)"), state);
        assertTrue(state.contains("challenge it once"), state);
    }
}

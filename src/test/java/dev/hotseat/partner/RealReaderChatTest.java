package dev.hotseat.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.core.Grade;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A few whole chats through the real reader and evaluator, as a session runs them (minus the socket). */
class RealReaderChatTest {

    /** How a chat went: the partner's moves and lines, opening first, and how it ended (null if it did not). */
    private record Played(List<String> moves, List<String> lines, Outcome outcome) {
    }

    /** Says the lines in turn (the last again when they run out) until the partner ends the chat or 16 replies. */
    private static Played chat(Scenario s, List<String> script) {
        List<Turn> history = new ArrayList<>();
        PartnerEngine partner = new ScriptedPartner(new ScenarioDirector());
        PartnerLine line = partner.reply(new PartnerRequest(s, history, null, null, 3), d -> { });
        history.add(Turn.partner(0, line.text(), line.mood(), line.move()));
        List<String> said = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; !line.ends() && i < 16; i++) {
            String reply = script.get(Math.min(i, script.size() - 1));
            Grade grade = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), line.text(), reply, s, said, grades,
                    line.move()));
            said.add(reply);
            grades.add(grade);
            history.add(Turn.learner(history.size(), reply).withGrade(grade));
            line = partner.reply(new PartnerRequest(s, history, grade, line.mood(), 3), d -> { });
            history.add(Turn.partner(history.size(), line.text(), line.mood(), line.move()));
        }
        List<Turn> partnerTurns = history.stream().filter(t -> !t.byLearner()).toList();
        return new Played(partnerTurns.stream().map(Turn::move).toList(),
                partnerTurns.stream().map(Turn::text).toList(), line.outcome());
    }

    @Test
    void askingForTheHiddenFactInTheScenariosOwnWords_bringsItOut_andTheOwnOfferThenCloses() {
        Scenario parcel = SharedEvaluator.library().scenario("late-parcel");
        String question = parcel.hiddenFacts().getFirst().askedBy().getFirst();

        Played chat = chat(parcel, List.of(
                "I'm so sorry, that sounds really stressful. " + question,
                "I'm sorry. " + parcel.wants().acceptedIf().getFirst(),
                "Is there anything else I can do for you today?"));

        assertTrue(chat.moves().contains("reveal:event"), chat.moves().toString());
        assertTrue(chat.moves().stream().anyMatch(m -> m.startsWith("accept")), chat.moves().toString());
        assertEquals(Outcome.RESOLVED, chat.outcome(), chat.moves().toString());
    }

    @Test
    void anyChat_endsWithinTheBound_andSaysNoHiddenFactUnasked() {
        Scenario outage = SharedEvaluator.library().scenario("broadband-outage");

        Played chat = chat(outage, List.of("Okay.", "Right.", "I see.", "Hmm, fine.", "Noted."));

        assertNotNull(chat.outcome(), chat.moves().toString());
        assertTrue(chat.lines().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .noneMatch(t -> t.contains("client") || t.contains("nine tomorrow")), chat.lines().toString());
    }

    @Test
    void interviewWithRealAnswers_closesCompleted_withAVerdict() {
        Scenario warm = SharedEvaluator.library().scenario("service-rep-warm");

        Played chat = chat(warm, List.of(
                "I'd stay calm, let them finish, and tell them I understand why they're upset.",
                "At my last job a customer's order arrived broken the day before a birthday. I apologised, sent a"
                        + " replacement by courier that day, and rang her the next morning. She thanked me.",
                "If they asked for more than I'm allowed, I'd say so kindly and offer the best I can within policy.",
                "I'd call them back a few days later to check it was all sorted.",
                "I'd bring in my team leader only once I'd tried everything I could.",
                "Looking back, I'd have rung the warehouse sooner, before she had to chase us."));

        assertEquals(Outcome.COMPLETED, chat.outcome(), chat.moves().toString());
        assertTrue(chat.moves().getLast().startsWith("close:"), chat.moves().toString());
    }
}

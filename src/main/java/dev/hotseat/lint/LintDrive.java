package dev.hotseat.lint;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.partner.PartnerEngine;
import dev.hotseat.partner.PartnerLine;
import dev.hotseat.partner.PartnerRequest;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Plays one scripted learner through one scenario with the real partner engine and the given evaluator. */
final class LintDrive {
    /** Past the partner's own bound on a customer call (14), so a chat still open here is a real failure. */
    static final int MAX_REPLIES = 16;
    private final Evaluator evaluator;
    private final PartnerEngine partner;

    /** How one scripted conversation went, with its transcript (the studio shows it). */
    record Run(Outcome outcome, int replies, int questions, int followUps, Mood mood, List<String> moves,
               List<Turn> turns) {
        /** True when the very first reply ended the call resolved. */
        boolean resolvedAtOnce() {
            return outcome == Outcome.RESOLVED && replies == 1;
        }
    }

    LintDrive(Evaluator evaluator, PartnerEngine partner) {
        this.evaluator = evaluator;
        this.partner = partner;
    }

    /** Says the script's lines in turn (repeating the last) until the session ends or MAX_REPLIES. */
    Run drive(Scenario scenario, List<String> script) {
        List<Turn> history = new ArrayList<>();
        PartnerLine line = partner.reply(new PartnerRequest(scenario, history, null, null), d -> { });
        history.add(Turn.partner(0, line.text(), line.mood(), line.move()));
        List<String> moves = new ArrayList<>(List.of(line.move()));
        int replies = 0;
        List<String> said = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        while (!line.ends() && replies < MAX_REPLIES) {
            String reply = script.get(Math.min(replies, script.size() - 1));
            // graded as the chat grades it: with what was said before and the moment the partner's move makes
            Grade grade = evaluator.grade(new Exchange(scenario.mode(), line.text(), reply, scenario, said, grades,
                    line.move()));
            said.add(reply);
            grades.add(grade);
            history.add(Turn.learner(history.size(), reply).withGrade(grade));
            line = partner.reply(new PartnerRequest(scenario, history, grade, line.mood()), d -> { });
            history.add(Turn.partner(history.size(), line.text(), line.mood(), line.move()));
            moves.add(line.move());
            replies++;
        }
        int questions = (int) moves.stream().filter(m -> m.startsWith("question:")).count();
        int followUps = (int) moves.stream().filter(m -> m.startsWith("question:") && !m.equals("question:main"))
                .count();
        return new Run(line.outcome(), replies, questions, followUps, line.mood(), moves, List.copyOf(history));
    }
}

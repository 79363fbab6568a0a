package dev.hotseat.lint;

import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.core.Mood;
import dev.hotseat.persona.Scenario;
import java.util.List;

/** The {@code lint} test-drive of one scenario, with every scripted conversation behind it (the studio shows them). */
public final class TestDrive {
    private TestDrive() {
    }

    /** One scripted learner's conversation with the draft. */
    public record Rep(String rep, String expected, boolean ok, Outcome outcome, Mood mood, List<Turn> turns) {
    }

    /** The lint verdict, every scripted conversation behind it, and what the scenario lacks beside them. */
    public record Drive(boolean ok, String verdict, List<Rep> reps, List<String> gaps) {
    }

    /** Plays the scenario as {@code lint} does, with the real scripted partner and {@code evaluator}. */
    public static Drive drive(Scenario scenario, Evaluator evaluator) {
        LintJudge.Drive d = new LintJudge(new LintDrive(evaluator, new ScriptedPartner(new ScenarioDirector())))
                .drive(scenario);
        return new Drive(d.verdict().ok(), d.verdict().text(), d.reps().stream()
                .map(r -> new Rep(r.rep(), r.expected(), r.ok(), r.run().outcome(), r.run().mood(), r.run().turns()))
                .toList(), d.gaps());
    }
}

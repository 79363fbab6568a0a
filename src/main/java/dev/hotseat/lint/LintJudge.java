package dev.hotseat.lint;

import dev.hotseat.core.Outcome;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;

/** Decides whether a scenario plays as intended: the good rep resolves, the bad rep loses the customer. */
final class LintJudge {
    private final LintDrive drive;

    /** Whether the scenario passed, and the one-line account printed for it. */
    record Verdict(boolean ok, String text) {
    }

    LintJudge(LintDrive drive) {
        this.drive = drive;
    }

    Verdict judge(Scenario scenario) {
        return scenario.mode() == Mode.INTERVIEW ? interview(scenario) : customer(scenario);
    }

    private Verdict customer(Scenario s) {
        LintDrive.Run good = drive.drive(s, RepScripts.goodRep(s));
        LintDrive.Run bad = drive.drive(s, RepScripts.badRep());
        LintDrive.Run sorry = drive.drive(s, RepScripts.sorryRep());
        boolean ok = good.outcome() == Outcome.RESOLVED && bad.outcome() == Outcome.WALKED_OUT
                && sorry.outcome() != Outcome.RESOLVED && RepScripts.meetingOffer(s).isPresent();
        String text = "good rep: " + account(good) + "; bad rep: " + account(bad) + "; sorry-only rep: "
                + account(sorry);
        if (RepScripts.meetingOffer(s).isEmpty()) {
            text += " (no policy item contains a word from wants.acceptedIf, so no offer can meet the want)";
        }
        if (!ok) {
            text += " — good rep's path: " + String.join(" > ", good.moves());
        }
        return new Verdict(ok, text);
    }

    private Verdict interview(Scenario s) {
        LintDrive.Run run = drive.drive(s, RepScripts.candidate());
        Scenario.Interview q = s.questions();
        boolean ok = run.outcome() == Outcome.ENDED && run.followUps() >= 1
                && run.questions() >= q.minQuestions() && run.questions() <= q.maxQuestions();
        String closed = run.moves().getLast().startsWith("close:")
                ? "closed " + run.moves().getLast().substring("close:".length()) : "never closed";
        return new Verdict(ok, "candidate: " + run.questions() + " questions (" + run.followUps()
                + " follow-ups, limits " + q.minQuestions() + "–" + q.maxQuestions() + "), " + closed
                + (ok ? "" : " — path: " + String.join(" > ", run.moves())));
    }

    private static String account(LintDrive.Run run) {
        if (run.outcome() == Outcome.RESOLVED) {
            return "resolved in " + run.replies() + " replies";
        }
        if (run.outcome() == Outcome.WALKED_OUT) {
            return "walked out in " + run.replies();
        }
        return "still talking after " + run.replies() + " replies (mood " + run.mood().level() + ")";
    }
}

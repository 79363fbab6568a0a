package dev.hotseat.persona;

import dev.hotseat.conversation.Outcome;

/** Decides whether a scenario plays as intended: the good rep resolves, the bad rep loses the customer. */
final class LintJudge {
    private final LintDrive drive;

    /** Whether the scenario passed, and the one-line account printed for it. */
    record Verdict(boolean ok, String text) {
    }

    /** One scripted learner's conversation: who, what was expected of the scenario, and how it went. */
    record RepRun(String rep, String expected, boolean ok, LintDrive.Run run) {
    }

    /** The verdict with every conversation behind it. */
    record Drive(Verdict verdict, java.util.List<RepRun> reps) {
    }

    LintJudge(LintDrive drive) {
        this.drive = drive;
    }

    Verdict judge(Scenario scenario) {
        return drive(scenario).verdict();
    }

    /** Plays the scenario with every scripted learner and judges it. */
    Drive drive(Scenario scenario) {
        return scenario.mode() == Mode.INTERVIEW ? interview(scenario) : customer(scenario);
    }

    private Drive customer(Scenario s) {
        LintDrive.Run good = drive.drive(s, RepScripts.goodRep(s));
        LintDrive.Run bad = drive.drive(s, RepScripts.badRep());
        LintDrive.Run sorry = drive.drive(s, RepScripts.sorryRep());
        java.util.List<RepRun> reps = java.util.List.of(
                new RepRun("good rep", "resolves the call", good.outcome() == Outcome.RESOLVED, good),
                new RepRun("bad rep", "makes the customer walk out", bad.outcome() == Outcome.WALKED_OUT, bad),
                new RepRun("sorry-only rep", "never resolves it", sorry.outcome() != Outcome.RESOLVED, sorry));
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
        return new Drive(new Verdict(ok, text), reps);
    }

    private Drive interview(Scenario s) {
        LintDrive.Run run = drive.drive(s, RepScripts.candidate());
        Scenario.Interview q = s.questions();
        boolean ok = run.outcome() == Outcome.ENDED && run.followUps() >= 1
                && run.questions() >= q.minQuestions() && run.questions() <= q.maxQuestions();
        String closed = run.moves().getLast().startsWith("close:")
                ? "closed " + run.moves().getLast().substring("close:".length()) : "never closed";
        return new Drive(new Verdict(ok, "candidate: " + run.questions() + " questions (" + run.followUps()
                + " follow-ups, limits " + q.minQuestions() + "–" + q.maxQuestions() + "), " + closed
                + (ok ? "" : " — path: " + String.join(" > ", run.moves()))),
                java.util.List.of(new RepRun("candidate", "gets follow-up questions and a close", ok, run)));
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

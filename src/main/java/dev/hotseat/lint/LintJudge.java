package dev.hotseat.lint;

import dev.hotseat.persona.LineKeys;

import dev.hotseat.core.Outcome;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;

/** Decides whether a scenario plays as intended: the good rep resolves, the bad rep loses the customer. */
final class LintJudge {
    private final LintDrive drive;

    /** Whether the scenario passed, and the one-line account printed for it. */
    record Verdict(boolean ok, String text) {
    }

    /** One scripted learner's conversation: who, what was expected of the scenario, and how it went. */
    record RepRun(String rep, String expected, boolean ok, LintDrive.Run run) {
    }

    /**
     * The verdict with every conversation behind it, and what the scenario lacks apart from how the conversations
     * went (too few openings, no offer that can meet the want), so a verdict never fails on rows that all passed.
     */
    record Drive(Verdict verdict, java.util.List<RepRun> reps, java.util.List<String> gaps) {
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
        // The styles that must never win the customer over, and must each end the call (issue 9).
        java.util.Map<String, LintDrive.Run> losing = new java.util.LinkedHashMap<>();
        losing.put("stalling", drive.drive(s, RepScripts.stallingRep()));
        losing.put("stock phrases", drive.drive(s, RepScripts.stockRep()));
        losing.put("blame plus fix", drive.drive(s, RepScripts.blameFixRep(s)));
        losing.put("repeated offer", drive.drive(s, RepScripts.repeatedOfferRep(s)));
        LintDrive.Run bareFix = drive.drive(s, RepScripts.bareFixRep(s));
        java.util.List<RepRun> reps = new java.util.ArrayList<>(java.util.List.of(
                new RepRun("good rep", "resolves the call", good.outcome() == Outcome.RESOLVED, good),
                new RepRun("bad rep", "makes the customer walk out or ask for a manager", lost(bad), bad),
                new RepRun("sorry-only rep", "never resolves it", sorry.outcome() != Outcome.RESOLVED, sorry)));
        for (var e : losing.entrySet()) {
            reps.add(new RepRun(e.getKey() + " rep", "never wins the customer over", lost(e.getValue()), e.getValue()));
        }
        reps.add(new RepRun("bare-fix rep", "is not resolved on its first reply", !bareFix.resolvedAtOnce(), bareFix));
        boolean ok = good.outcome() == Outcome.RESOLVED && lost(bad) && sorry.outcome() != Outcome.RESOLVED
                && RepScripts.meetingOffer(s).isPresent() && !bareFix.resolvedAtOnce()
                && losing.values().stream().allMatch(LintJudge::lost) && variants(s).isEmpty();
        String text = "good rep: " + account(good) + "; bad rep: " + account(bad) + "; sorry-only rep: "
                + account(sorry);
        for (var e : losing.entrySet()) {
            text += "; " + e.getKey() + ": " + account(e.getValue());
        }
        text += "; bare fix: " + (bareFix.resolvedAtOnce() ? "resolved on its first reply (a call closes on the"
                + " courtesy after an agreed fix)" : account(bareFix));
        text += variants(s).isEmpty() ? "" : " (" + variants(s) + ")";
        if (RepScripts.meetingOffer(s).isEmpty()) {
            text += " (wants.acceptedIf is empty, so no offer can meet the want)";
        }
        if (!ok) {
            text += " — good rep's path: " + String.join(" > ", good.moves());
        }
        java.util.List<String> gaps = new java.util.ArrayList<>();
        if (RepScripts.meetingOffer(s).isEmpty()) {
            gaps.add("no policy item contains a word from wants.acceptedIf, so no offer can meet what the customer wants");
        }
        if (!variants(s).isEmpty()) {
            gaps.add(variants(s));
        }
        return new Drive(new Verdict(ok, text), reps, gaps);
    }

    /** Ended without the customer being won over: they left or asked for a manager (a complaint included). */
    private static boolean lost(LintDrive.Run run) {
        return run.outcome() == Outcome.WALKED_OUT || run.outcome() == Outcome.MANAGER;
    }

    /** What the scenario lacks for two sessions to differ: enough openings, and (customers) details. */
    static String variants(Scenario s) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        int openings = s.lines().getOrDefault("opening", java.util.List.of()).size();
        if (openings < LineKeys.MIN_VARIANTS) {
            missing.add("only " + openings + " opening(s): write at least " + LineKeys.MIN_VARIANTS);
        }
        int details = s.lines().getOrDefault("details", java.util.List.of()).size();
        if (s.mode() == Mode.CUSTOMER && details < LineKeys.MIN_VARIANTS) {
            missing.add("only " + details + " details: write at least " + LineKeys.MIN_VARIANTS);
        }
        return String.join("; ", missing);
    }

    private Drive interview(Scenario s) {
        LintDrive.Run run = drive.drive(s, RepScripts.candidate());
        Scenario.Interview q = s.questions();
        boolean ok = run.outcome() == Outcome.COMPLETED && run.followUps() >= 1
                && run.questions() >= q.minQuestions() && run.questions() <= q.maxQuestions() && variants(s).isEmpty();
        String closed = run.moves().getLast().startsWith("close:")
                ? "closed " + run.moves().getLast().substring("close:".length()) : "never closed";
        return new Drive(new Verdict(ok, "candidate: " + run.questions() + " questions (" + run.followUps()
                + " follow-ups, limits " + q.minQuestions() + "–" + q.maxQuestions() + "), " + closed
                + (variants(s).isEmpty() ? "" : " (" + variants(s) + ")")
                + (ok ? "" : " — path: " + String.join(" > ", run.moves()))),
                java.util.List.of(new RepRun("candidate", "gets follow-up questions and a close", ok, run)),
                variants(s).isEmpty() ? java.util.List.of() : java.util.List.of(variants(s)));
    }

    private static String account(LintDrive.Run run) {
        if (run.outcome() == Outcome.RESOLVED) {
            return "resolved in " + run.replies() + " replies";
        }
        if (run.outcome() == Outcome.WALKED_OUT) {
            return "walked out in " + run.replies();
        }
        if (run.outcome() == Outcome.MANAGER) {
            return "asked for a manager in " + run.replies();
        }
        return "still talking after " + run.replies() + " replies (mood " + run.mood().level() + ")";
    }
}

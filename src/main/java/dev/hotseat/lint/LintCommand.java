package dev.hotseat.lint;

import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code java -jar target/hotseat.jar lint [DIR]}: checks every prompt file, then plays each scenario with a
 * scripted good and bad learner and renders every line ({@link LineChecks}). Prints one line per scenario and
 * every problem with file:line; exit 0 only when everything passes. It sits above the engines (it drives the evaluator and the scripted partner over the
 * prompts), so it is its own package and wires the offline evaluator directly.
 */
public final class LintCommand {
    private final Function<PromptLibrary, Evaluator> evaluators;

    /** Lints with the offline evaluator. */
    public LintCommand() {
        this.evaluators = RubricEvaluator::create;
    }

    /** Lints with this evaluator; tests pass a fake. */
    public LintCommand(Evaluator evaluator) {
        this.evaluators = library -> evaluator;
    }

    /** Entry point for Main: {@code args} may hold the prompts folder (default ./prompts). */
    public static int run(String[] args, PrintStream out) {
        return new LintCommand().lint(folder(args), out);
    }

    /** {@code lint DIR}, {@code lint --prompts DIR}, else HOTSEAT_PROMPTS, else ./prompts. */
    static Path folder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--prompts") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (!args[i].startsWith("--")) {
                return Path.of(args[i]);
            }
        }
        String env = System.getenv("HOTSEAT_PROMPTS");
        return Path.of(env == null || env.isBlank() ? "prompts" : env);
    }

    /** Lints the folder, printing to {@code out}; returns the process exit code. */
    public int lint(Path promptsDir, PrintStream out) {
        FilePromptLibrary library = new FilePromptLibrary(promptsDir);
        List<Scenario> scenarios = library.scenarios();
        int failed = 0;
        if (!scenarios.isEmpty()) {
            Evaluator evaluator = evaluators.apply(library);
            LintJudge judge = new LintJudge(new LintDrive(evaluator, new ScriptedPartner(new ScenarioDirector())));
            for (Scenario scenario : scenarios) {
                LintJudge.Verdict verdict = judge.judge(scenario);
                failed += verdict.ok() ? 0 : 1;
                out.printf("%-4s %-24s %s%n", verdict.ok() ? "ok" : "FAIL", scenario.id(), verdict.text());
            }
        }
        List<PromptProblem> problems = new java.util.ArrayList<>(library.problems());
        LineChecks lines = new LineChecks(promptsDir);
        scenarios.forEach(scenario -> problems.addAll(lines.check(scenario)));
        problems.forEach(p -> out.println(promptsDir.resolve(p.file()).normalize() + (p.line() > 0 ? ":" + p.line() : "")
                + ": " + p.message()));
        out.printf("%d scenarios, %d failed, %d file problems%n", scenarios.size(), failed, problems.size());
        return failed == 0 && problems.isEmpty() && !scenarios.isEmpty() ? 0 : 1;
    }
}

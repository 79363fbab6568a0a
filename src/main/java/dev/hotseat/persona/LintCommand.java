package dev.hotseat.persona;

import dev.hotseat.evaluation.Evaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code java -jar target/hotseat.jar lint [DIR]}: checks every prompt file, then plays each scenario with a
 * scripted good and bad learner. Prints one line per scenario and every problem with file:line; exit 0 only
 * when everything passes.
 */
public final class LintCommand {
    private final Function<PromptLibrary, Evaluator> evaluators;

    /** Lints with the offline evaluator (when it is on the class path). */
    public LintCommand() {
        this.evaluators = LintCommand::offlineEvaluator;
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
        Evaluator evaluator = scenarios.isEmpty() ? null : evaluators.apply(library);
        int failed = 0;
        if (evaluator == null && !scenarios.isEmpty()) {
            out.println("note: the offline evaluator is not on the class path; checked the files only");
        } else {
            LintJudge judge = new LintJudge(new LintDrive(evaluator, new ScriptedPartner(new ScenarioDirector())));
            for (Scenario scenario : scenarios) {
                LintJudge.Verdict verdict = judge.judge(scenario);
                failed += verdict.ok() ? 0 : 1;
                out.printf("%-4s %-24s %s%n", verdict.ok() ? "ok" : "FAIL", scenario.id(), verdict.text());
            }
        }
        List<PromptProblem> problems = library.problems();
        problems.forEach(p -> out.println(promptsDir.resolve(p.file()).normalize() + (p.line() > 0 ? ":" + p.line() : "")
                + ": " + p.message()));
        out.printf("%d scenarios, %d failed, %d file problems%n", scenarios.size(), failed, problems.size());
        return failed == 0 && problems.isEmpty() && !scenarios.isEmpty() ? 0 : 1;
    }

    /** {@code evaluation.RubricEvaluator.create(library)}, found by name so this compiles without it. */
    private static Evaluator offlineEvaluator(PromptLibrary library) {
        try {
            Class<?> type = Class.forName("dev.hotseat.evaluation.RubricEvaluator");
            return (Evaluator) type.getMethod("create", PromptLibrary.class).invoke(null, library);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("RubricEvaluator.create is not public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the offline evaluator failed to start: " + e.getCause(), e.getCause());
        }
    }
}

// PLACEHOLDER until scenarios lands
package dev.hotseat.persona;

import java.io.PrintStream;

/** Placeholder: the real prompt linter comes with the scenarios work. */
public final class LintCommand {
    private LintCommand() {
    }

    /** Checks the prompts folder and prints problems; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        out.println("lint is not available in this build yet");
        return 0;
    }
}

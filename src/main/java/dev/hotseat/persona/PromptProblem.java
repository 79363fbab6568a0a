package dev.hotseat.persona;

/**
 * A mistake in a file under prompts/, reported to the coach instead of crashing the server.
 *
 * @param file    path relative to the prompts folder, e.g. "scenarios/late-parcel.md"
 * @param line    1-based line in that file (0 when the problem is about the file as a whole)
 * @param message what is wrong and how to fix it
 */
public record PromptProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.List;

/** Collects the mistakes in one prompt file, each placed on the line of the key it is about. */
final class FileProblems {
    private final String file;
    private final LineIndex lines;
    private final List<PromptProblem> found = new ArrayList<>();

    FileProblems(String file, LineIndex lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Records a mistake at the YAML pointer ("/hiddenFacts/0/askedBy"). */
    void at(String pointer, String message) {
        found.add(new PromptProblem(file, lines.line(pointer), message));
    }

    /** Records that a required key is missing (placed at its parent). */
    void missing(String pointer, String key, String what) {
        at(pointer, "missing required key '" + key + "': add " + what);
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<PromptProblem> list() {
        return List.copyOf(found);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

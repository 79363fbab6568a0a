package dev.hotseat.persona;

/** A mistake found while reading one prompt file, at a line of that file (0 when it concerns the whole file). */
class PromptFileException extends RuntimeException {
    private final int line;

    PromptFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}

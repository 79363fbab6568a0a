package dev.hotseat.studio;

import dev.hotseat.persona.PromptProblem;
import java.util.List;

/**
 * A studio request that cannot be done, with the HTTP status and error code the coach's page gets; {@code problems}
 * lists what is wrong in a prompt file (file, line, fix) when that is the reason.
 */
public class StudioException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<PromptProblem> problems;

    public StudioException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public StudioException(int status, String code, String message, List<PromptProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<PromptProblem> problems() {
        return problems;
    }

    /** 400: the request itself is wrong. */
    static StudioException bad(String code, String message) {
        return new StudioException(400, code, message);
    }
}

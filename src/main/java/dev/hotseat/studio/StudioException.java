package dev.hotseat.studio;

import dev.hotseat.persona.PromptProblem;
import dev.hotseat.input.Rejection;
import java.util.List;
import java.util.Map;

/**
 * A studio request that cannot be done, with the HTTP status and error code the coach's page gets; {@code problems}
 * lists what is wrong in a prompt file (file, line, fix) when that is the reason.
 */
public class StudioException extends Rejection {
    private final List<PromptProblem> problems;

    public StudioException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public StudioException(int status, String code, String message, List<PromptProblem> problems) {
        super(code, status, message);
        this.problems = List.copyOf(problems);
    }

    public List<PromptProblem> problems() {
        return problems;
    }

    /** The problems in the prompt file, when that is why it was refused. */
    @Override
    public Map<String, Object> details() {
        return problems.isEmpty() ? Map.of() : Map.of("problems", problems);
    }

    /** 400: the request itself is wrong. */
    static StudioException bad(String code, String message) {
        return new StudioException(400, code, message);
    }
}

package dev.hotseat.conversation;

import dev.hotseat.core.Turn;

import java.util.List;

/**
 * An earlier try: the turns a learner set aside by answering turn {@code fromTurn} again. Kept to be shown,
 * never handed to the engines and never counted in the report.
 *
 * @param attempt  1 for the session's first retry, 2 for the next, …
 * @param fromTurn the learner turn that was answered again
 */
public record Try(int attempt, int fromTurn, List<Turn> turns) {
    public Try {
        turns = List.copyOf(turns);
    }
}

package dev.hotseat.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a reply moved the call on, told by the customer's answer to it: the director answers a reply that got
 * nowhere (a fault, a repeat, a parrot, a vague promise, a bare sorry once they were heard, a question already
 * answered) with a move of its own, so the stalls can be counted again from the stored moves after a restart.
 * Stalls spend patience; see docs/mood-model.md.
 */
final class Progress {
    /** Moves that answer a reply that brought nothing new. */
    private static final Set<String> STALL_MOVES = Set.of("offtask", "deflect", "blame", "anger", "vague",
            "reject-again", "sorry", "sorry-fatigue", "ignored", "already-told", "nothing-more", "unheard-again",
            "parrot", "repeat", "promise-again", "hollow");

    private Progress() {
    }

    /** True when the customer's move says the reply got nowhere. */
    static boolean stall(String move) {
        String first = first(move);
        int colon = first.indexOf(':');
        return STALL_MOVES.contains(colon < 0 ? first : first.substring(0, colon));
    }

    /** The parts of a move, in order: "retract+accept" → [retract, accept]. */
    static List<String> parts(String move) {
        List<String> out = new ArrayList<>();
        String m = move == null ? "" : move;
        int from = 0;
        for (int plus = m.indexOf('+'); plus >= 0; plus = m.indexOf('+', from)) {
            out.add(m.substring(from, plus));
            from = plus + 1;
        }
        out.add(m.substring(from));
        return out;
    }

    /** The move's first part, the one that changes state ("reveal:event" in "reveal:event+press"). */
    static String first(String move) {
        return parts(move).getFirst();
    }
}

package dev.hotseat.evaluation;

import dev.hotseat.core.Grade;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluator grades: the learner's reply to what the persona last said, with what the learner already
 * said and earned earlier in the same session (so a grade can credit the conversation, not one line alone).
 *
 * @param context        the persona's last line (the question or complaint being answered)
 * @param scenario       the scenario being practised, or null when grading a free-standing reply (POST /api/evaluate)
 * @param earlierReplies the learner's earlier replies in this session, oldest first (empty when unknown)
 * @param earlierGrades  the grades of those replies that are known, oldest first (may be shorter; empty when none)
 * @param partnerMove    the move the partner's last line made ("opening", "accept", "resolved", …), which tells
 *                       what this moment needs; null when unknown (a free-standing reply)
 */
public record Exchange(Mode mode, String context, String reply, Scenario scenario, List<String> earlierReplies,
                       List<Grade> earlierGrades, String partnerMove) {

    public Exchange {
        earlierReplies = earlierReplies == null ? List.of()
                : earlierReplies.stream().map(r -> r == null ? "" : r).toList();
        earlierGrades = earlierGrades == null ? List.of() : new ArrayList<>(earlierGrades).stream()
                .filter(g -> g != null).toList();
    }

    /** A reply with its session history, the partner's move unknown. */
    public Exchange(Mode mode, String context, String reply, Scenario scenario, List<String> earlierReplies,
                    List<Grade> earlierGrades) {
        this(mode, context, reply, scenario, earlierReplies, earlierGrades, null);
    }

    /** One reply on its own, with no session history (the shape before the history was added). */
    public Exchange(Mode mode, String context, String reply, Scenario scenario) {
        this(mode, context, reply, scenario, List.of(), List.of(), null);
    }

    /** True when the learner showed this skill in an earlier reply of the session. */
    public boolean shownBefore(String criterionId) {
        return earlierGrades.stream().anyMatch(g -> !g.offTask() && g.detected(criterionId));
    }
}

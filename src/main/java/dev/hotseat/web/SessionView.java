package dev.hotseat.web;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Mood;
import java.util.List;

/**
 * A stored session as {@code GET /api/sessions/{id}} shows it.
 *
 * @param mode    practice or exam; an exam's grades stay hidden until it ends
 * @param outcome null while the session goes on
 * @param tries   earlier tries the learner set aside by answering a turn again (not counted in the report)
 */
public record SessionView(String session, ScenarioBrief scenario, String mode, Outcome outcome, Mood mood,
                          List<ServerMessage.WireTurn> turns, SessionReport report,
                          List<ServerMessage.WireTry> tries) {

    static SessionView of(Conversation c) {
        return new SessionView(c.id(), ScenarioBrief.of(c.scenario()), c.mode().wire(), c.outcome().orElse(null),
                c.mood(), ServerMessage.WireTurn.all(c), c.report().orElse(null), ServerMessage.WireTry.all(c));
    }
}

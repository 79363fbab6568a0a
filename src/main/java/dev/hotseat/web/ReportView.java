package dev.hotseat.web;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.core.Outcome;
import dev.hotseat.conversation.SessionReport;
import java.time.Instant;
import java.util.List;

/**
 * A session's report to keep: the transcript of the final branch with its grades, the tries set aside, and
 * the summary ({@code report}, null until the session ends). An exam's grades stay hidden until it ends.
 *
 * @param shared true when opened through a share link (read-only, no owner controls)
 */
public record ReportView(String session, ScenarioBrief scenario, String mode, Instant started, Outcome outcome,
                         SessionReport report, List<ServerMessage.WireTurn> turns,
                         List<ServerMessage.WireTry> tries, boolean shared) {

    static ReportView of(SessionReader.Loaded loaded, boolean shared) {
        Conversation c = loaded.conversation();
        return new ReportView(c.id(), ScenarioBrief.of(c.scenario()), c.mode().wire(), loaded.started(),
                c.outcome().orElse(null), c.report().orElse(null), ServerMessage.WireTurn.all(c),
                ServerMessage.WireTry.all(c), shared);
    }
}

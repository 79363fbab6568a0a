package dev.hotseat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.ChatEvents;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.core.Outcome;
import dev.hotseat.core.Turn;
import dev.hotseat.evaluation.Grade;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A session's events, turned into wire messages on one socket. Sends are serialised so frames never interleave. */
final class SocketEvents implements ChatEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SocketEvents.class);
    private final WsContext socket;
    private final ObjectMapper json;

    SocketEvents(WsContext socket, ObjectMapper json) {
        this.socket = socket;
        this.json = json;
    }

    @Override
    public void started(Conversation conversation) {
        send(ServerMessage.Started.of(conversation));
    }

    @Override
    public void resumed(Conversation conversation) {
        send(ServerMessage.Resumed.of(conversation));
    }

    @Override
    public void partnerDelta(int turn, String text) {
        send(new ServerMessage.PartnerDelta(turn, text));
    }

    @Override
    public void partner(Turn turn) {
        send(new ServerMessage.Partner(turn.index(), turn.text(), turn.mood()));
    }

    @Override
    public void grade(int turn, Grade grade) {
        send(ServerMessage.GradeMessage.of(turn, grade));
    }

    @Override
    public void ended(Outcome outcome, SessionReport report) {
        send(new ServerMessage.Ended(outcome, report));
    }

    @Override
    public void modelFailed(String message) {
        send(new ServerMessage.ErrorMessage("model-failed", message));
    }

    @Override
    public void failed(RuntimeException problem) {
        send(Problem.of(problem).toMessage());
    }

    synchronized void send(ServerMessage message) {
        String text;
        try {
            text = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a '" + message.type() + "' message as JSON", e);
        }
        if (!socket.session.isOpen()) {
            // The learner dropped; the store has this, and a resume will bring it back.
            LOG.debug("Socket closed, not sending {}", message.type());
            return;
        }
        socket.send(text);
    }
}

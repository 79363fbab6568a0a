package dev.hotseat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.ChatEvents;
import dev.hotseat.conversation.Conversation;
import dev.hotseat.core.Outcome;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.Try;
import dev.hotseat.core.Turn;
import dev.hotseat.core.Grade;
import io.javalin.websocket.WsContext;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A session's events, turned into wire messages on one socket. Sends are serialised so frames never interleave. */
final class SocketEvents implements ChatEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SocketEvents.class);
    private final WsContext socket;
    private final ObjectMapper json;
    /** The session another socket took over from this one, until this socket starts or resumes again. */
    private volatile String displacedFrom;
    private final Consumer<String> errorSent;

    SocketEvents(WsContext socket, ObjectMapper json, Consumer<String> errorSent) {
        this.socket = socket;
        this.json = json;
        this.errorSent = errorSent;
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
        send(ServerMessage.Ended.of(outcome, report));
    }

    @Override
    public void rewound(Conversation conversation, Try set, String text) {
        send(ServerMessage.Rewound.of(conversation, set, text));
    }

    @Override
    public void modelFailed(String message) {
        send(new ServerMessage.ErrorMessage("model-failed", Problem.plain(message)));
    }

    @Override
    public void failed(RuntimeException problem) {
        send(Problem.of(problem).toMessage());
    }

    @Override
    public void stored(String clientId, int turn) {
        send(new ServerMessage.Stored(clientId, turn));
    }

    @Override
    public void takenOver(String sessionId) {
        displacedFrom = sessionId;
        failed(ReplyRejectedException.takenOver(sessionId));
    }

    /** True when another socket took {@code sessionId} over from this one. */
    boolean displacedFrom(String sessionId) {
        return sessionId.equals(displacedFrom);
    }

    /** This socket starts or resumes a session: it watches that one now. */
    void attaching() {
        displacedFrom = null;
    }

    /** Closes the socket with a close code and reason the client can act on. */
    synchronized void close(int code, String reason) {
        if (socket.session.isOpen()) {
            socket.closeSession(code, reason);
        }
    }

    synchronized void send(ServerMessage message) {
        if (message instanceof ServerMessage.ErrorMessage error) {
            errorSent.accept(error.code());
        }
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

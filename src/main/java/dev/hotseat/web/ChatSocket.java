package dev.hotseat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Sessions;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * {@code /ws/chat}: reads a JSON message, checks it, hands it to the session. Every failure becomes an
 * {@code error} message and the socket stays open. Jetty's threads only queue work; all of it runs on
 * virtual threads, in the order each socket sent it.
 */
final class ChatSocket {
    private final Sessions sessions;
    private final SessionAccess access;
    private final ObjectMapper json;
    private final Executor executor;
    private final Map<String, ChatConnection> connections = new ConcurrentHashMap<>();

    ChatSocket(Sessions sessions, SessionAccess access, ObjectMapper json, Executor executor) {
        this.sessions = sessions;
        this.access = access;
        this.json = json;
        this.executor = executor;
    }

    /** Declares the socket's handlers. */
    void configure(WsConfig ws) {
        ws.onConnect(ctx -> connections.put(ctx.sessionId(), newConnection(ctx)));
        ws.onMessage(ctx -> {
            String text = ctx.message();
            ChatConnection connection = connection(ctx);
            connection.receive(() -> handle(connection, text));
        });
        ws.onClose(ctx -> {
            ChatConnection gone = connections.remove(ctx.sessionId());
            if (gone != null) {
                gone.close();
            }
        });
    }

    private ChatConnection connection(WsContext ctx) {
        return connections.computeIfAbsent(ctx.sessionId(), id -> newConnection(ctx));
    }

    private ChatConnection newConnection(WsContext ctx) {
        return new ChatConnection(new SocketEvents(ctx, json), Visitors.of(ctx), executor);
    }

    private void handle(ChatConnection connection, String text) {
        switch (ClientMessage.parse(text, json)) {
            case ClientMessage.Start start ->
                    connection.switchTo(sessions.start(start.scenario(), start.mode(), connection.identity().id(),
                            connection.events()));
            case ClientMessage.Resume resume -> connection.switchTo(sessions.resume(resume.session(),
                    access.forSocket(connection.identity()), connection.events()));
            case ClientMessage.Reply reply -> sessions.reply(connection.session(), reply.text());
            case ClientMessage.End end -> sessions.end(connection.session());
            case ClientMessage.Retry retry -> sessions.retry(connection.session(), retry.turn(), retry.text());
        }
    }
}

package dev.hotseat.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.conversation.Sessions;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@code /ws/chat}: reads a JSON message, checks it, hands it to the session. Every failure becomes an
 * {@code error} message and the socket stays open. Jetty's threads only queue work; all of it runs on
 * virtual threads, in the order each socket sent it.
 */
final class ChatSocket {
    private final Sessions sessions;
    private final ObjectMapper json;
    private final Executor executor;
    private final Map<String, ChatConnection> connections = new ConcurrentHashMap<>();
    private final Consumer<String> errorSent;

    /** @param errorSent told the code of every {@code error} message sent, for the metrics */
    ChatSocket(Sessions sessions, ObjectMapper json, Executor executor, Consumer<String> errorSent) {
        this.sessions = sessions;
        this.json = json;
        this.executor = executor;
        this.errorSent = errorSent;
    }

    /** Declares the socket's handlers. */
    void configure(WsConfig ws) {
        ws.onConnect(ctx -> connections.put(ctx.sessionId(), new ChatConnection(new SocketEvents(ctx, json, errorSent), executor)));
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
        return connections.computeIfAbsent(ctx.sessionId(), id -> new ChatConnection(new SocketEvents(ctx, json, errorSent), executor));
    }

    private void handle(ChatConnection connection, String text) {
        switch (ClientMessage.parse(text, json)) {
            case ClientMessage.Start start ->
                    connection.switchTo(sessions.start(start.scenario(), start.mode(), connection.events()));
            case ClientMessage.Resume resume ->
                    connection.switchTo(sessions.resume(resume.session(), connection.events()));
            case ClientMessage.Reply reply -> sessions.reply(connection.session(), reply.text());
            case ClientMessage.End end -> sessions.end(connection.session());
        }
    }
}

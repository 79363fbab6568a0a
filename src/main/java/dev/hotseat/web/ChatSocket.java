package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;

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
    private final SessionAccess access;
    private final ObjectMapper json;
    private final Executor executor;
    private final RateLimits starts;
    private final Map<String, ChatConnection> connections = new ConcurrentHashMap<>();
    private final Consumer<String> errorSent;
    private volatile boolean restarting;
    /** The close code for "this socket may not go on" (RFC 6455: policy violation). */
    private static final int POLICY = 1008;

    /**
     * @param starts    limits {@code start} messages per client address
     * @param errorSent told the code of every {@code error} message sent, for the metrics
     */
    ChatSocket(Sessions sessions, SessionAccess access, ObjectMapper json, Executor executor, RateLimits starts,
               Consumer<String> errorSent) {
        this.sessions = sessions;
        this.access = access;
        this.json = json;
        this.executor = executor;
        this.starts = starts;
        this.errorSent = errorSent;
    }

    /** Declares the socket's handlers. */
    void configure(WsConfig ws) {
        ws.onConnect(ctx -> connections.put(ctx.sessionId(), newConnection(ctx)));
        ws.onMessage(ctx -> {
            String text = ctx.message();
            ChatConnection connection = connection(ctx);
            if (restarting) {
                connection.events().failed(new RestartingException());
                return;
            }
            connection.receive(() -> handle(connection, text));
        });
        // Every message is JSON text; a binary frame is answered, not dropped without a word.
        ws.onBinaryMessage(ctx -> connection(ctx).receive(() -> {
            throw BadMessageException.binary();
        }));
        ws.onClose(ctx -> {
            ChatConnection gone = connections.remove(ctx.sessionId());
            if (gone != null) {
                gone.close();
            }
        });
    }

    /** From now on every message is answered {@code restarting}: the server is stopping and takes nothing new. */
    void stopTaking() {
        restarting = true;
    }

    /**
     * A sign-in ended (sign-out): every socket opened with it hears {@code signed-out} and closes (1008), so a socket
     * opened before the sign-out cannot go on acting as the person.
     */
    void signedOut(String token) {
        connections.values().stream().filter(c -> token.equals(c.signIn())).forEach(c -> {
            c.events().failed(new SignedOutException());
            c.events().close(POLICY, "signed-out");
        });
    }

    /** Closes every socket with this code and reason (1012 "restarting" when the server stops). */
    void closeAll(int code, String reason) {
        connections.values().forEach(connection -> connection.events().close(code, reason));
    }

    private ChatConnection connection(WsContext ctx) {
        return connections.computeIfAbsent(ctx.sessionId(), id -> newConnection(ctx));
    }

    private ChatConnection newConnection(WsContext ctx) {
        // The remote address, not a forwarded header: a client cannot pick its own identity (see docs/decisions.md).
        String client = ctx.session.getRemoteSocketAddress() instanceof java.net.InetSocketAddress address
                ? address.getAddress().getHostAddress() : String.valueOf(ctx.session.getRemoteSocketAddress());
        return new ChatConnection(new SocketEvents(ctx, json, errorSent), Visitors.of(ctx), Visitors.tokenOf(ctx),
                executor, client);
    }

    private void handle(ChatConnection connection, String text) {
        switch (ClientMessage.parse(text, json)) {
            case ClientMessage.Start start -> {
                starts.take(connection.client());
                connection.attaching();
                connection.switchTo(sessions.start(start.scenario(), start.mode(), connection.identity().id(),
                        connection.events()));
            }
            case ClientMessage.Resume resume -> {
                connection.attaching();
                connection.switchTo(sessions.resume(resume.session(), access.forSocket(connection.identity()),
                        connection.events()));
            }
            case ClientMessage.Reply reply -> sessions.reply(connection.session(), reply.text(), reply.id());
            case ClientMessage.End end -> sessions.end(connection.session());
            case ClientMessage.Retry retry -> sessions.retry(connection.session(), retry.turn(), retry.text());
        }
    }
}

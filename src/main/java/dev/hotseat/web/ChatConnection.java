package dev.hotseat.web;

import dev.hotseat.conversation.ChatSession;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.SerialQueue;
import java.util.concurrent.Executor;

/** One open socket: the messages it sent, handled in order, and the session it is attached to. */
final class ChatConnection {
    private final SocketEvents events;
    private final SerialQueue inbox;
    private volatile ChatSession session;

    ChatConnection(SocketEvents events, Executor executor) {
        this.events = events;
        this.inbox = new SerialQueue(executor, events::failed);
    }

    SocketEvents events() {
        return events;
    }

    /** Handles a message after the ones this socket sent before it, off Jetty's threads. */
    void receive(Runnable handling) {
        inbox.submit(handling);
    }

    /** The attached session; a reply before any start or resume is refused. */
    ChatSession session() {
        ChatSession current = session;
        if (current == null) {
            throw ReplyRejectedException.noSession();
        }
        return current;
    }

    /** Attaches to {@code next}, leaving the session this socket watched before. */
    void switchTo(ChatSession next) {
        ChatSession previous = session;
        session = next;
        if (previous != null && previous != next) {
            previous.detach(events);
        }
    }

    /** The socket closed: its session carries on unwatched until someone resumes it. */
    void close() {
        ChatSession current = session;
        if (current != null) {
            current.detach(events);
        }
    }
}

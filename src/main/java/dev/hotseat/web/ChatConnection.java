package dev.hotseat.web;

import dev.hotseat.account.Identity;
import dev.hotseat.conversation.ChatSession;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.SerialQueue;
import java.util.concurrent.Executor;

/** One open socket: who opened it, the messages it sent, handled in order, and the session it is attached to. */
final class ChatConnection {
    private final SocketEvents events;
    private final Identity identity;
    private final SerialQueue inbox;
    private volatile ChatSession session;

    ChatConnection(SocketEvents events, Identity identity, Executor executor) {
        this.events = events;
        this.identity = identity;
        this.inbox = new SerialQueue(executor, events::failed);
    }

    /** Who opened the socket (read from the cookie at the upgrade). */
    Identity identity() {
        return identity;
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

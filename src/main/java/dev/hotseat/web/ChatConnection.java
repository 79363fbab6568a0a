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
    private final String client;
    private final String signIn;
    private volatile ChatSession session;

    /**
     * @param signIn the sign-in token it was opened with (null for none): signing out closes it
     * @param client the remote address, which rate limits count by
     */
    ChatConnection(SocketEvents events, Identity identity, String signIn, Executor executor, String client) {
        this.events = events;
        this.identity = identity;
        this.signIn = signIn;
        this.inbox = new SerialQueue(executor, events::failed);
        this.client = client;
    }

    /** Who is on the other end, as rate limits see it: the remote address. */
    String client() {
        return client;
    }

    /** The sign-in token it was opened with, or null. */
    String signIn() {
        return signIn;
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

    /**
     * The attached session; a reply before any start or resume is refused, and so is one from a socket whose
     * session another socket took over (it would otherwise go on unseen by this one).
     */
    ChatSession session() {
        ChatSession current = session;
        if (current == null) {
            throw ReplyRejectedException.noSession();
        }
        if (events.displacedFrom(current.id())) {
            throw ReplyRejectedException.takenOver(current.id());
        }
        return current;
    }

    /** This socket is about to start or resume a session. */
    void attaching() {
        events.attaching();
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

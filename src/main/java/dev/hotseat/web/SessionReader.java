package dev.hotseat.web;

import dev.hotseat.conversation.Conversation;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.conversation.TryStore;
import dev.hotseat.conversation.UnknownSessionException;
import dev.hotseat.persona.PromptLibrary;
import java.time.Instant;

/** Rebuilds a stored session, with its tries, for the read-only routes. */
public record SessionReader(SessionStore store, TryStore tries, PromptLibrary library) {
    /** A session as stored, and when it started. */
    public record Loaded(Conversation conversation, Instant started) {
    }

    /** The session with this id; {@link UnknownSessionException} when there is none. */
    public Loaded load(String id) {
        StoredSession stored = store.load(id).orElseThrow(() -> new UnknownSessionException(id));
        Conversation conversation = Conversation.restore(stored, library.scenario(stored.scenarioId()));
        conversation.restoreTries(tries.tries(id));
        return new Loaded(conversation, stored.created());
    }
}

package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/** The sessions in memory, by id; a session not in memory is rebuilt from the store when someone resumes it. */
public final class Sessions {
    private final PromptLibrary library;
    private final SessionStore store;
    private final SessionOwners owners;
    private final TryStore tries;
    private final TurnPipeline pipeline;
    private final Executor executor;
    private final TurnGate gate;
    private final Map<String, ChatSession> live = new ConcurrentHashMap<>();

    public Sessions(PromptLibrary library, SessionStore store, SessionOwners owners, TryStore tries,
                    TurnPipeline pipeline, Executor executor) {
        this(library, store, owners, tries, pipeline, executor, new TurnGate(256));
    }

    /** @param gate bounds the turns queued or running server-wide; past it starts and replies are {@code busy} */
    public Sessions(PromptLibrary library, SessionStore store, SessionOwners owners, TryStore tries,
                    TurnPipeline pipeline, Executor executor, TurnGate gate) {
        this.library = library;
        this.store = store;
        this.owners = owners;
        this.tries = tries;
        this.pipeline = pipeline;
        this.executor = executor;
        this.gate = gate;
    }

    /**
     * Creates a session belonging to {@code owner} (throws for an unknown scenario), sends {@code started}, then
     * the opening line.
     */
    public ChatSession start(String scenarioId, SessionMode mode, String owner, ChatEvents watcher) {
        Scenario scenario = library.scenario(scenarioId);
        forgetIdle();
        gate.enter();
        long taken = System.nanoTime();
        try {
            Conversation conversation = new Conversation(UUID.randomUUID().toString(), scenario, mode);
            NotStoredException.attempt(() -> {
                store.create(conversation);
                owners.own(conversation.id(), owner);
            }, failed -> NotStoredException.of("the new session", failed));
            ChatSession session = new ChatSession(conversation, owner, executor);
            live.put(session.id(), session);
            session.attach(watcher);
            session.enqueue(gated(taken, () -> {
                session.events().started(conversation);
                pipeline.open(session);
            }));
            return session;
        } catch (RuntimeException e) {
            gate.leave(taken);
            throw e;
        }
    }

    /**
     * Re-attaches {@code watcher} to a session once any turn in flight is done, and sends it everything so far:
     * {@code resumed} is the first thing the new socket hears, and the turn in flight is already in it.
     * A session whose owner {@code mayOpen} refuses is answered exactly like one that does not exist.
     */
    public ChatSession resume(String id, Predicate<String> mayOpen, ChatEvents watcher) {
        // Queue inside compute(), so forgetIdle() never sees this session idle before the watcher is attached.
        return live.compute(id, (key, known) -> {
            // A session nobody watches is read afresh: with several nodes on one database, another node may have
            // carried the chat on since this one last saw it.
            ChatSession found = known == null || (!known.attached() && known.idle()) ? load(key) : known;
            if (!mayOpen.test(found.owner())) {
                throw new UnknownSessionException(id);
            }
            found.enqueue(() -> {
                found.attach(watcher);
                watcher.resumed(found.conversation());
                pipeline.answerUnanswered(found);
            });
            return found;
        });
    }

    /** Queues a learner's reply behind the session's earlier turns. */
    public void reply(ChatSession session, String text) {
        reply(session, text, null);
    }

    /**
     * Queues a learner's reply sent with the client's id (null for none). A resend of an id already stored is
     * answered {@code stored} again, in order behind the turns before it, and stores nothing.
     */
    public void reply(ChatSession session, String text, String clientId) {
        String checked = ReplyRejectedException.check(text);
        if (session.waiting() >= ReplyRejectedException.MAX_WAITING) {
            throw ReplyRejectedException.tooManyWaiting();
        }
        gate.enter();
        session.enqueue(gated(System.nanoTime(), () -> pipeline.reply(session, checked, clientId)));
    }

    private Runnable gated(long taken, Runnable work) {
        return () -> {
            try {
                work.run();
            } finally {
                gate.leave(taken);
            }
        };
    }

    /** Queues the learner's second go at their turn {@code turn} behind the session's earlier turns. */
    public void retry(ChatSession session, int turn, String text) {
        String checked = ReplyRejectedException.check(text);
        if (session.waiting() >= ReplyRejectedException.MAX_WAITING) {
            throw ReplyRejectedException.tooManyWaiting();
        }
        gate.enter();
        session.enqueue(gated(System.nanoTime(), () -> pipeline.retry(session, turn, checked)));
    }

    /** Queues the learner's wish to end the session. */
    public void end(ChatSession session) {
        session.enqueue(() -> pipeline.end(session, Outcome.ENDED));
    }

    private ChatSession load(String id) {
        StoredSession stored = store.load(id).orElseThrow(() -> new UnknownSessionException(id));
        Conversation conversation = Conversation.restore(stored, library.scenario(stored.scenarioId()));
        conversation.rememberClientIds(store.clientIds(id));
        conversation.restoreTries(tries.tries(id));
        return new ChatSession(conversation, owners.ownerOf(id).orElse(null), executor);
    }

    /** Everything is in the store, so a session nobody watches and nothing runs for can leave memory. */
    private void forgetIdle() {
        for (String id : live.keySet()) {
            live.computeIfPresent(id, (key, s) -> !s.attached() && s.idle() ? null : s);
        }
    }

    /** Takes a session out of memory (it is being deleted); a socket watching it hears nothing more. */
    public void forget(String id) {
        ChatSession gone = live.remove(id);
        if (gone != null) {
            gone.attach(ChatEvents.NONE);
        }
    }

    /** How many starts and turns are queued or running across the server (what the turn gate counts). */
    public int turnsInFlight() {
        return gate.inFlight();
    }

    /** How many sessions are in memory. */
    public int inMemory() {
        return live.size();
    }

    /** How many sessions in memory have a socket watching them. */
    public int active() {
        return (int) live.values().stream().filter(ChatSession::attached).count();
    }
}

package dev.hotseat.conversation;

import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** The sessions in memory, by id; a session not in memory is rebuilt from the store when someone resumes it. */
public final class Sessions {
    private final PromptLibrary library;
    private final SessionStore store;
    private final TurnPipeline pipeline;
    private final Executor executor;
    private final TurnGate gate;
    private final Map<String, ChatSession> live = new ConcurrentHashMap<>();

    public Sessions(PromptLibrary library, SessionStore store, TurnPipeline pipeline, Executor executor) {
        this(library, store, pipeline, executor, new TurnGate(256));
    }

    /** @param gate bounds the turns queued or running server-wide; past it starts and replies are {@code busy} */
    public Sessions(PromptLibrary library, SessionStore store, TurnPipeline pipeline, Executor executor, TurnGate gate) {
        this.library = library;
        this.store = store;
        this.pipeline = pipeline;
        this.executor = executor;
        this.gate = gate;
    }

    /** Creates a session (throws for an unknown scenario), sends {@code started}, then the opening line. */
    public ChatSession start(String scenarioId, SessionMode mode, ChatEvents watcher) {
        Scenario scenario = library.scenario(scenarioId);
        forgetIdle();
        gate.enter();
        long taken = System.nanoTime();
        try {
            Conversation conversation = new Conversation(UUID.randomUUID().toString(), scenario, mode);
            store.create(conversation);
            ChatSession session = new ChatSession(conversation, executor);
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
     */
    public ChatSession resume(String id, ChatEvents watcher) {
        // Queue inside compute(), so forgetIdle() never sees this session idle before the watcher is attached.
        return live.compute(id, (key, known) -> {
            // A session nobody watches is read afresh: with several nodes on one database, another node may have
            // carried the chat on since this one last saw it.
            ChatSession found = known == null || (!known.attached() && known.idle()) ? load(key) : known;
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

    /** Queues the learner's wish to end the session. */
    public void end(ChatSession session) {
        session.enqueue(() -> pipeline.end(session, Outcome.ENDED));
    }

    private ChatSession load(String id) {
        StoredSession stored = store.load(id).orElseThrow(() -> new UnknownSessionException(id));
        Conversation conversation = Conversation.restore(stored, library.scenario(stored.scenarioId()));
        conversation.rememberClientIds(store.clientIds(id));
        return new ChatSession(conversation, executor);
    }

    /** Everything is in the store, so a session nobody watches and nothing runs for can leave memory. */
    private void forgetIdle() {
        for (String id : live.keySet()) {
            live.computeIfPresent(id, (key, s) -> !s.attached() && s.idle() ? null : s);
        }
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

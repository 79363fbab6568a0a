package dev.hotseat.conversation;

import dev.hotseat.core.Outcome;
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
    private final Map<String, ChatSession> live = new ConcurrentHashMap<>();

    public Sessions(PromptLibrary library, SessionStore store, TurnPipeline pipeline, Executor executor) {
        this.library = library;
        this.store = store;
        this.pipeline = pipeline;
        this.executor = executor;
    }

    /** Creates a session (throws for an unknown scenario), sends {@code started}, then the opening line. */
    public ChatSession start(String scenarioId, SessionMode mode, ChatEvents watcher) {
        Scenario scenario = library.scenario(scenarioId);
        forgetIdle();
        Conversation conversation = new Conversation(UUID.randomUUID().toString(), scenario, mode);
        store.create(conversation);
        ChatSession session = new ChatSession(conversation, executor);
        live.put(session.id(), session);
        session.attach(watcher);
        session.enqueue(() -> {
            session.events().started(conversation);
            pipeline.open(session);
        });
        return session;
    }

    /**
     * Re-attaches {@code watcher} to a session once any turn in flight is done, and sends it everything so far:
     * {@code resumed} is the first thing the new socket hears, and the turn in flight is already in it.
     */
    public ChatSession resume(String id, ChatEvents watcher) {
        // Queue inside compute(), so forgetIdle() never sees this session idle before the watcher is attached.
        return live.compute(id, (key, known) -> {
            ChatSession found = known == null ? load(key) : known;
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
        String checked = ReplyRejectedException.check(text);
        if (session.waiting() >= ReplyRejectedException.MAX_WAITING) {
            throw ReplyRejectedException.tooManyWaiting();
        }
        session.enqueue(() -> pipeline.reply(session, checked));
    }

    /** Queues the learner's wish to end the session. */
    public void end(ChatSession session) {
        session.enqueue(() -> pipeline.end(session, Outcome.ENDED));
    }

    private ChatSession load(String id) {
        StoredSession stored = store.load(id).orElseThrow(() -> new UnknownSessionException(id));
        Conversation conversation = Conversation.restore(stored, library.scenario(stored.scenarioId()));
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
}

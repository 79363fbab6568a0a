package dev.hotseat.partner;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model that answers within the settings' budget or throws a
 * {@link dev.hotseat.evaluation.ModelFailedException} naming the model: each try runs on a virtual thread that
 * is abandoned when the budget ends (the JDK client's own timeout stops at the response headers), and a 429 or
 * 5xx is retried with back-off.
 */
final class ResilientChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ModelSettings settings;
    private final ModelCall call;
    private final AtomicInteger inFlight = new AtomicInteger();

    ResilientChatModel(ChatModel delegate, ModelSettings settings, String role) {
        this.delegate = delegate;
        this.settings = settings;
        this.call = new ModelCall(settings, role);
    }

    /** Names the model for messages, e.g. "openai model 'gpt-4o-mini' at https://api.openai.com/v1". */
    @Override
    public String toString() {
        return settings.describe();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatResponse response = call.run(remaining -> within(remaining, request));
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw call.failed("an empty answer (the model refused or said nothing)");
        }
        return response;
    }

    private ChatResponse within(Duration remaining, ChatRequest request) throws Exception {
        CompletableFuture<ChatResponse> answer = new CompletableFuture<>();
        inFlight.incrementAndGet();
        Thread worker = Thread.ofVirtual().name("model-call").start(() -> {
            try {
                answer.complete(delegate.chat(request));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        try {
            return answer.get(Math.max(1, remaining.toNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            worker.interrupt();
            throw e;
        }
    }

    /** Calls whose thread is still running, abandoned ones included: a test checks that none outlives its budget. */
    int callsInFlight() {
        return inFlight.get();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }
}

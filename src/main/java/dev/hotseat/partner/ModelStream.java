package dev.hotseat.partner;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A streamed persona answer: tokens go to the caller's {@code onDelta} on the caller's thread as they arrive,
 * through a {@link CharacterGuard}. Fails when the total budget runs out, or when no token comes for the stall
 * limit once the line has started. Retries (429/5xx) happen only before the first token reached the learner.
 */
final class ModelStream {

    private sealed interface Event {
    }

    private record Token(String text, StreamingHandle handle) implements Event {
    }

    private record Done(ChatResponse response) implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    private final StreamingChatModel model;
    private final ModelSettings settings;
    private final ModelCall call;

    ModelStream(StreamingChatModel model, ModelSettings settings) {
        this.model = model;
        this.settings = settings;
        this.call = new ModelCall(settings, "persona");
    }

    /** Streams the answer to {@code onDelta} and returns the whole text. */
    String stream(ChatRequest request, Consumer<String> onDelta) {
        return call.run(remaining -> attempt(request, onDelta, remaining));
    }

    /** A failure that is no fault of the transport, e.g. an empty answer, named like the others. */
    dev.hotseat.evaluation.ModelFailedException failed(String reason) {
        return call.failed(reason);
    }

    private String attempt(ChatRequest request, Consumer<String> onDelta, Duration remaining) throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        model.chat(request, handler(events));
        long deadline = System.nanoTime() + remaining.toNanos();
        CharacterGuard guard = new CharacterGuard();
        StreamingHandle handle = null;
        boolean done = false;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                long wait = !guard.started() ? left : Math.min(left, settings.stallTimeout().toNanos());
                Event event = events.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
                switch (event) {
                    case null -> throw timedOut(left <= wait, guard);
                    case Token token -> {
                        handle = token.handle() != null ? token.handle() : handle;
                        emit(guard.accept(token.text()), onDelta);
                    }
                    case Done d -> {
                        done = true;
                        emit(guard.finish(), onDelta);
                        return guard.text();
                    }
                    case Failed failed -> throw afterStart(guard, failed.error());
                }
            }
        } catch (CharacterGuard.OutOfCharacter e) {
            throw call.failed(e.getMessage());
        } finally {
            if (!done && handle != null) {
                handle.cancel();
            }
        }
    }

    private Exception timedOut(boolean budgetGone, CharacterGuard guard) {
        if (budgetGone && !guard.started()) {
            return new TimeoutException("no answer within " + settings.timeout().toMillis() + " ms");
        }
        String where = !guard.started() ? "" : " after \"" + ModelCall.shorten(tail(guard.text())) + "\"";
        return call.failed(budgetGone
                ? "the line was not finished within " + settings.timeout().toMillis() + " ms" + where
                : "the stream stalled: no token for " + settings.stallTimeout().toMillis() + " ms" + where);
    }

    /** Once the learner has seen part of the line a retry would repeat it, so the failure is final. */
    private Exception afterStart(CharacterGuard guard, Throwable error) {
        if (!guard.started()) {
            return error instanceof Exception e ? e : new RuntimeException(error);
        }
        return call.failed(1, "the stream broke off: " + call.reason(error), error);
    }

    private static void emit(String text, Consumer<String> onDelta) {
        if (!text.isEmpty()) {
            onDelta.accept(text);
        }
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
    }

    private static StreamingChatResponseHandler handler(BlockingQueue<Event> events) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (partial.text() != null && !partial.text().isEmpty()) {
                    events.add(new Token(partial.text(), context.streamingHandle()));
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add(new Done(response));
            }

            @Override
            public void onError(Throwable error) {
                events.add(new Failed(error));
            }
        };
    }
}

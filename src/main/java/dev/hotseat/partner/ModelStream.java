package dev.hotseat.partner;

import dev.hotseat.evaluation.ModelFailedException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A streamed persona answer. Each token goes through a {@link CharacterGuard} straight to {@code onDelta} on
 * the model client's thread (a hand-off to the caller's thread would cost a wake-up per token), one call at a
 * time and never after {@link #stream} has returned or thrown. The caller's thread keeps the clocks: it fails
 * the answer when the total budget runs out, or when no token comes for the stall limit once the line has
 * started. Retries (429/5xx) happen only before the first token arrived, so the learner never sees a line twice.
 */
final class ModelStream {

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
    ModelFailedException failed(String reason) {
        return call.failed(reason);
    }

    private String attempt(ChatRequest request, Consumer<String> onDelta, Duration remaining) throws Exception {
        Answer answer = new Answer(onDelta);
        model.chat(request, answer);
        long deadline = System.nanoTime() + remaining.toNanos();
        try {
            Answer.End end = answer.await(deadline, settings.stallTimeout().toNanos());
            return switch (end) {
                case Answer.Complete done -> done.text();
                case Answer.OutOfCharacter broken -> throw call.failed(broken.reason());
                case Answer.Failed failed -> throw answer.started()
                        ? call.failed(1, "the stream broke off: " + call.reason(failed.error()), failed.error())
                        : failed.error() instanceof Exception e ? e : new RuntimeException(failed.error());
                case Answer.Silent silent -> throw timedOut(silent, answer);
            };
        } finally {
            answer.close();
        }
    }

    private Exception timedOut(Answer.Silent silent, Answer answer) {
        if (!answer.started()) {
            return new TimeoutException("no answer within " + settings.timeout().toMillis() + " ms");
        }
        String where = " after \"" + ModelCall.shorten(answer.tail()) + "\"";
        return call.failed(silent.stalled()
                ? "the stream stalled: no token for " + settings.stallTimeout().toMillis() + " ms" + where
                : "the line was not finished within " + settings.timeout().toMillis() + " ms" + where);
    }

    /** One attempt's tokens, guarded and forwarded as they come; the caller waits on it for the end. */
    private static final class Answer implements StreamingChatResponseHandler {

        sealed interface End {
        }

        record Complete(String text) implements End {
        }

        record Failed(Throwable error) implements End {
        }

        record OutOfCharacter(String reason) implements End {
        }

        /** @param stalled true when tokens stopped coming; false when the whole budget ran out */
        record Silent(boolean stalled) implements End {
        }

        private final Consumer<String> onDelta;
        private final CharacterGuard guard = new CharacterGuard();
        private StreamingHandle handle;
        private long lastToken;
        private End end;

        Answer(Consumer<String> onDelta) {
            this.onDelta = onDelta;
        }

        @Override
        public synchronized void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (end != null) {
                return;
            }
            handle = context == null ? null : context.streamingHandle();
            String text = partial.text();
            if (text == null || text.isEmpty()) {
                return;
            }
            if (!guard.started()) {
                notifyAll();   // the waiter switches from the total budget to the stall clock
            }
            lastToken = System.nanoTime();
            try {
                emit(guard.accept(text));
            } catch (CharacterGuard.OutOfCharacter e) {
                finish(new OutOfCharacter(e.getMessage()));
            } catch (RuntimeException e) {
                finish(new Failed(e));
            }
        }

        @Override
        public synchronized void onCompleteResponse(ChatResponse response) {
            if (end == null) {
                emit(guard.finish());
                finish(new Complete(guard.text()));
            }
        }

        @Override
        public synchronized void onError(Throwable error) {
            if (end == null) {
                finish(new Failed(error));
            }
        }

        /** Waits for the end: complete, failed, or silent past the deadline or the stall limit. */
        synchronized End await(long deadline, long stallNanos) throws InterruptedException {
            while (end == null) {
                long now = System.nanoTime();
                long untilStall = started() ? lastToken + stallNanos - now : Long.MAX_VALUE;
                long wait = Math.min(deadline - now, untilStall);
                if (wait <= 0) {
                    finish(new Silent(untilStall <= 0 && deadline - now > 0));
                } else {
                    wait(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            return end;
        }

        /** Stops forwarding; a stream still running is cancelled. */
        synchronized void close() {
            if (end == null) {
                end = new Silent(false);
            }
            if (!(end instanceof Complete) && handle != null) {
                handle.cancel();
            }
        }

        synchronized boolean started() {
            return guard.started();
        }

        synchronized String tail() {
            String text = guard.text();
            return text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
        }

        private void emit(String text) {
            if (!text.isEmpty()) {
                onDelta.accept(text);
            }
        }

        private void finish(End value) {
            end = value;
            notifyAll();
        }
    }
}

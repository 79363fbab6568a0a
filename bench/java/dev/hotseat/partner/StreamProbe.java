package dev.hotseat.partner;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * For LlmBench: streams through the persona's real {@link ModelStream} with the LangChain4j client wrapped so
 * each token is stamped as LangChain4j hands it over; reports the time from there to onDelta, i.e. exactly
 * what Hotseat adds (the character guard and forwarding).
 */
public final class StreamProbe {

    private StreamProbe() {
    }

    /** Streams one answer whose chunks are unique words; reports each word's added delay in nanoseconds. */
    public static void run(ModelSettings settings, LongConsumer addedNanos) {
        Map<String, Long> handedOver = new ConcurrentHashMap<>();
        StreamingChatModel real = new LanguageModels(settings).streamingChatModel();
        StreamingChatModel stamped = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                real.chat(request, new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        handedOver.put(partial.text().trim(), System.nanoTime());
                        handler.onPartialResponse(partial, context);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        handler.onCompleteResponse(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        handler.onError(error);
                    }
                });
            }
        };
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("Go on.")).build();
        new ModelStream(stamped, settings).stream(request, delta -> {
            long now = System.nanoTime();
            for (String word : delta.trim().split(" ")) {
                Long then = handedOver.get(word);
                if (then != null) {
                    addedNanos.accept(now - then);
                }
            }
        });
    }
}

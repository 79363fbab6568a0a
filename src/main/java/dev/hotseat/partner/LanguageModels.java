package dev.hotseat.partner;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Optional;

/**
 * Builds the LangChain4j clients for one model from {@link ModelSettings}: a streaming one for the persona and
 * a structured-answer one for the judge. Retries are ours ({@link ModelCall}), so the clients' own are off.
 * Main makes one for the persona and, with {@link ModelSettings#forModel}, one for the judge.
 */
public final class LanguageModels {

    /** Room for a verdict on every criterion of a large rubric plus summary and rewrite (Anthropic needs a cap). */
    private static final int JUDGE_MAX_TOKENS = 2048;

    private final ModelSettings settings;

    public LanguageModels(ModelSettings settings) {
        this.settings = settings;
    }

    public ModelSettings settings() {
        return settings;
    }

    /** The persona's client: answers arrive token by token. */
    public StreamingChatModel streamingChatModel() {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).apiKey(key()).modelName(settings.model())
                    .timeout(settings.timeout()).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).apiKey(key()).modelName(settings.model())
                    .timeout(settings.timeout()).build();
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).modelName(settings.model())
                    .timeout(settings.timeout()).build();
        };
    }

    /** The judge's client, as LangChain4j builds it: JSON-schema answers, no retries, no overall budget. */
    public ChatModel chatModel() {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).apiKey(key()).modelName(settings.model())
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true)
                    .timeout(settings.timeout()).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).apiKey(key()).modelName(settings.model())
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).maxTokens(JUDGE_MAX_TOKENS)
                    .timeout(settings.timeout()).maxRetries(0).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http())
                    .baseUrl(settings.baseUrl()).modelName(settings.model())
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .timeout(settings.timeout()).maxRetries(0).build();
        };
    }

    /** The judge's client with the time budget and retries applied; failures become ModelFailedException. */
    public ChatModel judge() {
        return new ResilientChatModel(chatModel(), settings, "judge");
    }

    /**
     * Asks the server whether it is there, without spending tokens. Empty when it answered; else one line
     * naming the URL and what to do. Main prints it and carries on: every turn then falls back to offline.
     */
    public Optional<String> check() {
        return new ModelCheck(settings).problem();
    }

    ModelStream persona() {
        return new ModelStream(streamingChatModel(), settings);
    }

    private String key() {
        // The OpenAI and Anthropic clients insist on a key; local OpenAI-compatible servers ignore it.
        return settings.apiKey().isEmpty() ? "none" : settings.apiKey();
    }

    private HttpClientBuilder http() {
        // The JDK client (found on the class path); its request timeout ends when the headers arrive, which is
        // why ModelStream and ResilientChatModel keep their own clocks.
        return HttpClientBuilderLoader.loadHttpClientBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.timeout());
    }
}

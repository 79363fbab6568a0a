package dev.hotseat.partner;

import java.time.Duration;
import java.util.Locale;

/**
 * How to reach one language model: which wire protocol, where, which model and how patient to be.
 * Main fills one from the command-line settings for the persona, and may derive a second for the judge.
 *
 * @param provider       the wire protocol spoken
 * @param baseUrl        where the API lives; null or blank means the provider's usual address
 * @param model          the model name, e.g. "gpt-4o-mini", "llama3.1", "claude-haiku-4-5"
 * @param apiKey         the key; may be blank for local servers (Ollama, LM Studio, vLLM)
 * @param connectTimeout how long to wait for a TCP connection
 * @param timeout        the whole budget for one answer, retries included
 * @param retries        extra attempts after a 429 or 5xx answer
 * @param stallTimeout   a streamed answer that sends no token for this long has failed
 * @param backoff        the wait before the first retry; it doubles for each further one
 */
public record ModelSettings(Provider provider, String baseUrl, String model, String apiKey,
                            Duration connectTimeout, Duration timeout, int retries,
                            Duration stallTimeout, Duration backoff) {

    /** The wire protocols Hotseat speaks. */
    public enum Provider {
        /** OpenAI's chat-completions API, also served by Ollama's /v1, LM Studio, vLLM and llama.cpp. */
        OPENAI("https://api.openai.com/v1"),
        /** Anthropic's messages API. */
        ANTHROPIC("https://api.anthropic.com/v1/"),
        /** Ollama's native /api/chat. */
        OLLAMA("http://localhost:11434");

        private final String defaultBaseUrl;

        Provider(String defaultBaseUrl) {
            this.defaultBaseUrl = defaultBaseUrl;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The provider named on the command line ("openai", "anthropic", "ollama"). */
        public static Provider of(String text) {
            for (Provider p : values()) {
                if (p.wire().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("Unknown model provider '" + text + "' (known: openai, anthropic, ollama)");
        }
    }

    public ModelSettings {
        if (provider == null) {
            throw new IllegalArgumentException("A model provider is needed (openai, anthropic, ollama)");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("No model named for " + provider.wire() + ": pass --model, e.g. --model "
                    + switch (provider) {
                        case OPENAI -> "gpt-4o-mini";
                        case ANTHROPIC -> "claude-haiku-4-5";
                        case OLLAMA -> "llama3.1";
                    });
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl : baseUrl.trim();
        apiKey = apiKey == null ? "" : apiKey.trim();
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(5));
        timeout = positive(timeout, Duration.ofSeconds(30));
        retries = Math.max(0, retries);
        stallTimeout = positive(stallTimeout, Duration.ofSeconds(Math.min(10, timeout.toSeconds())));
        backoff = backoff == null || backoff.isNegative() ? Duration.ofMillis(500) : backoff;
    }

    /** Settings with the usual stall limit (10 s, or the timeout if shorter) and back-off (0.5 s, doubling). */
    public static ModelSettings of(Provider provider, String baseUrl, String model, String apiKey,
                                   Duration connectTimeout, Duration timeout, int retries) {
        return new ModelSettings(provider, baseUrl, model, apiKey, connectTimeout, timeout, retries, null, null);
    }

    /** The same settings for another model (the judge), keeping the rest; null or blank keeps the current value. */
    public ModelSettings forModel(String otherModel, String otherBaseUrl) {
        return new ModelSettings(provider, blank(otherBaseUrl) ? baseUrl : otherBaseUrl,
                blank(otherModel) ? model : otherModel, apiKey, connectTimeout, timeout, retries, stallTimeout, backoff);
    }

    /** The same settings with other time limits (tests and benchmarks use short ones). */
    public ModelSettings withTimes(Duration newTimeout, Duration newStall, Duration newBackoff) {
        return new ModelSettings(provider, baseUrl, model, apiKey, connectTimeout, newTimeout, retries, newStall, newBackoff);
    }

    /** How the model is named in messages: "openai model 'gpt-4o-mini' at https://api.openai.com/v1". */
    public String describe() {
        return provider.wire() + " model '" + model + "' at " + baseUrl;
    }

    @Override
    public String toString() {
        // Never print the key.
        return "ModelSettings[" + describe() + ", key " + (apiKey.isEmpty() ? "none" : "set") + ", timeout "
                + timeout.toSeconds() + " s, retries " + retries + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isZero() || d.isNegative() ? fallback : d;
    }
}

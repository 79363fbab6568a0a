package dev.hotseat.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hotseat.input.Rejection;
import dev.hotseat.persona.UnknownScenarioException;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception as the client sees it: an error code, an HTTP status and a message. The one place where
 * exceptions become answers, for the socket and for HTTP alike.
 */
public record Problem(int status, String code, String message, Integer retryAfter, Map<String, Object> details) {
    private static final Logger LOG = LoggerFactory.getLogger(Problem.class);
    /** A fully qualified Java class name, e.g. com.fasterxml.jackson.core.JsonParseException. */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*\\b");

    public Problem(int status, String code, String message) {
        this(status, code, message, null, Map.of());
    }

    public Problem(int status, String code, String message, Integer retryAfter) {
        this(status, code, message, retryAfter, Map.of());
    }

    /**
     * The last guard before a message leaves: a library's class name (from a model client's exception, say) is
     * replaced by plain words, so no answer tells a stranger which libraries run inside.
     */
    public static String plain(String message) {
        return message == null ? "" : CLASS_NAME.matcher(message).replaceAll("a library error");
    }

    /** Maps any exception to what the client is told; unexpected ones are logged with their stack trace. */
    public static Problem of(Throwable e) {
        return switch (e) {
            case Rejection refused -> new Problem(refused.status(), refused.code(), refused.getMessage(),
                    refused.retryAfter(), refused.details());
            case UnknownScenarioException unknown -> new Problem(404, "unknown-scenario", unknown.getMessage());
            case HttpResponseException tooLarge when tooLarge.getStatus() == 413 -> new Problem(413, "body-too-large",
                    "The request body is larger than " + HotseatServer.MAX_TEXT_MESSAGE + " bytes, the most Hotseat reads");
            default -> {
                // The details (SQL, file paths, stack) stay in the log; the client gets a reference to quote.
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Unexpected failure, reference {}", reference, e);
                yield new Problem(500, "internal", "Something went wrong on the server (reference " + reference
                        + "); the server log has the details.");
            }
        };
    }

    /** The socket's {@code error} message for this problem. */
    ServerMessage.ErrorMessage toMessage() {
        return new ServerMessage.ErrorMessage(code, plain(message), retryAfter, details);
    }

    /** The HTTP body: {@code {error, message}}. */
    HttpError toBody() {
        return new HttpError(code, plain(message), retryAfter, details);
    }

    /**
     * An error as an HTTP body: {@code {error, message}}, {@code retryAfter} (seconds) when trying again may work,
     * and the refusal's own fields beside them (a reply's {@code id}, a file's {@code problems}).
     */
    public record HttpError(String error, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Integer retryAfter,
                            @JsonIgnore Map<String, Object> details) {
        public HttpError(String error, String message) {
            this(error, message, null, Map.of());
        }

        @JsonAnyGetter
        Map<String, Object> extra() {
            return details;
        }
    }
}

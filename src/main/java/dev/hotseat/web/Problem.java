package dev.hotseat.web;

import dev.hotseat.input.BadMessageException;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hotseat.conversation.BusyException;
import dev.hotseat.account.Refusal;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.UnknownSessionException;
import dev.hotseat.persona.UnknownScenarioException;
import dev.hotseat.store.DuplicateTurnException;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception as the client sees it: an error code, an HTTP status and a message. The one place where
 * exceptions become answers, for the socket and for HTTP alike.
 */
public record Problem(int status, String code, String message, Integer retryAfter) {
    private static final Logger LOG = LoggerFactory.getLogger(Problem.class);
    /** A fully qualified Java class name, e.g. com.fasterxml.jackson.core.JsonParseException. */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*\\b");

    public Problem(int status, String code, String message) {
        this(status, code, message, null);
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
            case BadMessageException bad -> new Problem(400, bad.code(), bad.getMessage());
            case ReplyRejectedException rejected -> new Problem(
                    rejected.code().equals("session-ended") ? 409 : 400, rejected.code(), rejected.getMessage());
            case UnknownScenarioException unknown -> new Problem(404, "unknown-scenario", unknown.getMessage());
            case UnknownSessionException unknown -> new Problem(404, "unknown-session", unknown.getMessage());
            case DuplicateTurnException taken -> new Problem(409, "turn-taken", taken.getMessage());
            case Refusal refused -> new Problem(refused.status(), refused.code(), refused.getMessage());
            case UnauthorizedException denied -> new Problem(401, "unauthorized", denied.getMessage());
            case CrossOriginException crossSite -> new Problem(403, "cross-origin", crossSite.getMessage());
            case ForeignHostException wrongHost -> new Problem(421, "unknown-host", wrongHost.getMessage());
            case BusyException busy -> new Problem(429, "busy", busy.getMessage(), busy.retryAfter());
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
        return new ServerMessage.ErrorMessage(code, plain(message), retryAfter);
    }

    /** The HTTP body: {@code {error, message}}. */
    HttpError toBody() {
        return new HttpError(code, plain(message), retryAfter);
    }

    /** An error as an HTTP body; {@code retryAfter} (seconds) only with {@code busy}. */
    public record HttpError(String error, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Integer retryAfter) {
        public HttpError(String error, String message) {
            this(error, message, null);
        }
    }
}

package dev.hotseat.web;

import dev.hotseat.account.Refusal;
import dev.hotseat.conversation.ReplyRejectedException;
import dev.hotseat.conversation.UnknownSessionException;
import dev.hotseat.persona.UnknownScenarioException;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception as the client sees it: an error code, an HTTP status and a message. The one place where
 * exceptions become answers, for the socket and for HTTP alike.
 */
public record Problem(int status, String code, String message) {
    private static final Logger LOG = LoggerFactory.getLogger(Problem.class);

    /** Maps any exception to what the client is told; unexpected ones are logged with their stack trace. */
    public static Problem of(Throwable e) {
        return switch (e) {
            case BadMessageException bad -> new Problem(400, bad.code(), bad.getMessage());
            case ReplyRejectedException rejected -> new Problem(
                    rejected.code().equals("session-ended") ? 409 : 400, rejected.code(), rejected.getMessage());
            case UnknownScenarioException unknown -> new Problem(404, "unknown-scenario", unknown.getMessage());
            case UnknownSessionException unknown -> new Problem(404, "unknown-session", unknown.getMessage());
            case Refusal refused -> new Problem(refused.status(), refused.code(), refused.getMessage());
            case UnauthorizedException denied -> new Problem(401, "unauthorized", denied.getMessage());
            case CrossOriginException crossSite -> new Problem(403, "cross-origin", crossSite.getMessage());
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
        return new ServerMessage.ErrorMessage(code, message);
    }

    /** The HTTP body: {@code {error, message}}. */
    HttpError toBody() {
        return new HttpError(code, message);
    }

    /** An error as an HTTP body. */
    public record HttpError(String error, String message) {
    }
}

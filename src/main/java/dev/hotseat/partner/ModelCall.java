package dev.hotseat.partner;

import dev.hotseat.evaluation.ModelFailedException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * One answer from a language model within the settings' time budget: retries with doubling back-off after a
 * 429 or 5xx, and turns every failure into a {@link ModelFailedException} naming the model and its URL.
 */
final class ModelCall {

    /** One try at the model, given the time left in the budget. */
    @FunctionalInterface
    interface Attempt<T> {
        T run(Duration remaining) throws Exception;
    }

    private final ModelSettings settings;
    private final String role;

    /** @param role how the model is named in messages: "persona" or "judge" */
    ModelCall(ModelSettings settings, String role) {
        this.settings = settings;
        this.role = role;
    }

    <T> T run(Attempt<T> attempt) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (int tries = 1; ; tries++) {
            try {
                return attempt.run(Duration.ofNanos(deadline - System.nanoTime()));
            } catch (ModelFailedException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(tries, "interrupted", e);
            } catch (Exception e) {
                long wait = settings.backoff().toNanos() << Math.min(tries - 1, 10);
                boolean timeLeft = System.nanoTime() + wait < deadline;
                if (!retriable(e) || tries > settings.retries() || !timeLeft) {
                    throw failed(tries, reason(e), e);
                }
                sleep(wait);
            }
        }
    }

    /** A failure worth trying again: the server said "too many requests" or had an error of its own. */
    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException || t instanceof InternalServerException) {
                return true;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 || http.statusCode() >= 500;
            }
        }
        return false;
    }

    /** What went wrong, in one short phrase. */
    String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return "HTTP " + http.statusCode() + " " + shorten(http.getMessage());
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within " + settings.connectTimeout().toSeconds() + " s";
            }
            if (t instanceof ConnectException) {
                return "connection refused (is the model server running?)";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return "no answer within " + settings.timeout().toMillis() + " ms";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + shorten(root.getMessage());
    }

    ModelFailedException failed(int tries, String reason, Throwable cause) {
        return new ModelFailedException("The " + role + " model (" + settings.describe() + ") failed"
                + (tries > 1 ? " after " + tries + " attempts" : "") + ": " + reason, cause);
    }

    ModelFailedException failed(String reason) {
        return failed(1, reason, null);
    }

    static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelFailedException("Interrupted while waiting to retry the model", e);
        }
    }
}

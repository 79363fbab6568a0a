package dev.hotseat.partner;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/** The start-up probe: lists the server's models (no tokens spent) and explains in one line what is wrong. */
final class ModelCheck {

    private final ModelSettings settings;

    ModelCheck(ModelSettings settings) {
        this.settings = settings;
    }

    Optional<String> problem() {
        URI uri = probeUri();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build()) {
            HttpResponse<String> response = client.send(request(uri), HttpResponse.BodyHandlers.ofString());
            return verdict(response.statusCode(), response.body()).map(this::line);
        } catch (HttpConnectTimeoutException e) {
            return Optional.of(line("no connection within " + settings.connectTimeout().toSeconds() + " s"));
        } catch (HttpTimeoutException e) {
            return Optional.of(line("no answer within " + settings.timeout().toSeconds() + " s"));
        } catch (ConnectException e) {
            return Optional.of(line("connection refused (is the model server running?)"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(line(e.getClass().getSimpleName() + " " + ModelCall.shorten(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(line("interrupted"));
        }
    }

    private Optional<String> verdict(int status, String body) {
        if (status == 401 || status == 403) {
            return Optional.of("the API key was refused (HTTP " + status + "); pass --api-key or set "
                    + (settings.provider() == ModelSettings.Provider.ANTHROPIC ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"));
        }
        if (status >= 500 || (status >= 400 && status != 404)) {
            return Optional.of("HTTP " + status + " from " + probeUri());
        }
        if (settings.provider() == ModelSettings.Provider.OLLAMA && status == 200 && !body.contains("\"" + settings.model())) {
            return Optional.of("the model is not pulled there; run: ollama pull " + settings.model());
        }
        // 404: some OpenAI-compatible servers have no model list; reaching them is enough.
        return Optional.empty();
    }

    private HttpRequest request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET();
        String key = settings.apiKey();
        switch (settings.provider()) {
            case OPENAI -> {
                if (!key.isEmpty()) {
                    request.header("Authorization", "Bearer " + key);
                }
            }
            case ANTHROPIC -> request.header("x-api-key", key).header("anthropic-version", "2023-06-01");
            case OLLAMA -> { }
        }
        return request.build();
    }

    private URI probeUri() {
        String base = settings.baseUrl().replaceAll("/+$", "");
        return URI.create(base + (settings.provider() == ModelSettings.Provider.OLLAMA ? "/api/tags" : "/models"));
    }

    private String line(String problem) {
        return "Language model not ready: " + settings.describe() + ": " + problem
                + ". Hotseat carries on; each turn falls back to the offline engines until the model answers.";
    }
}

package dev.hotseat.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntSupplier;

/** Plain HTTP against a running server, with or without the coach's bearer token. */
final class CoachHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final IntSupplier port;
    private final String token;
    private final String cookie;

    /**
     * The coach (with the test coach token) of whichever server the extension runs: the port is asked for at each
     * request, so a field can hold it before the server starts, and it follows a restart.
     */
    static CoachHttp coachOf(HotseatExtension hotseat) {
        return new CoachHttp(hotseat::port, TestServer.COACH_TOKEN, null);
    }

    private CoachHttp(IntSupplier port, String token, String cookie) {
        this.port = port;
        this.token = token;
        this.cookie = cookie;
    }

    /** The same server, as someone without the coach's token or any cookie. */
    CoachHttp anonymous() {
        return new CoachHttp(port, null, null);
    }

    /** The same server, as the browser holding this cookie ("hotseat=…") and no token. */
    CoachHttp as(String browserCookie) {
        return new CoachHttp(port, null, browserCookie);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

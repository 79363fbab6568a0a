package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * For LlmBench: a WebSocket client that starts a session and stamps each partner.delta frame as it arrives.
 * The model's chunks carry their send time ("t123456789"), so frame arrival minus that is the whole path.
 */
final class DeltaClock implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder partial = new StringBuilder();
    private final long[] micros;
    private int count;
    private final CompletableFuture<long[]> done = new CompletableFuture<>();

    private DeltaClock(int tokens) {
        micros = new long[tokens];
    }

    /** Opens a session on the scenario and returns each streamed token's latency in microseconds. */
    static long[] open(int port, String scenario, int tokens) throws Exception {
        DeltaClock clock = new DeltaClock(tokens);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), clock).join();
        socket.sendText("{\"type\":\"start\",\"scenario\":\"" + scenario + "\",\"mode\":\"practice\"}", true).join();
        long[] result = clock.done.get(120, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        return result;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            read(partial.toString(), now);
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void read(String frame, long now) {
        try {
            JsonNode message = JSON.readTree(frame);
            String type = message.path("type").asText();
            if (type.equals("partner.delta")) {
                for (String word : message.path("text").asText().trim().split(" ")) {
                    if (word.startsWith("t") && count < micros.length) {
                        micros[count++] = (now - Long.parseLong(word.substring(1))) / 1_000;
                    }
                }
            } else if (type.equals("partner") || type.equals("error")) {
                done.complete(Arrays.copyOf(micros, count));
            }
        } catch (Exception e) {
            done.completeExceptionally(e);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        done.complete(Arrays.copyOf(micros, count));
        return null;
    }
}

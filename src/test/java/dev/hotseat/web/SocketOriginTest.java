package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chat socket takes pages of its own origin and clients that send no Origin; other sites' pages are refused. */
@Timeout(30)
class SocketOriginTest {
    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    private WebSocket connect(String origin) {
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
                .buildAsync(URI.create("ws://localhost:" + hotseat.port() + "/ws/chat"), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        webSocket.request(1);
                    }
                }).join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "http://localhost.evil.example", "http://localhost:1",
        "null", "file://", "chrome-extension://abc"})
    void pageFromAnotherOrigin_cannotOpenTheChatSocket(String origin) {
        CompletionException refused = assertThrows(CompletionException.class, () -> connect(origin));

        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
    }

    @Test
    void pageFromTheServersOwnOrigin_opensTheChatSocket() {
        WebSocket socket = connect("http://localhost:" + hotseat.port());

        assertEquals(false, socket.isOutputClosed());
        socket.abort();
    }

    @Test
    void clientWithoutOrigin_likeAScript_opensTheChatSocketAndChats() {
        try (ChatClient chat = hotseat.chat()) {
            String session = chat.start("late-parcel", "practice");

            assertEquals(36, session.length());
        }
    }
}

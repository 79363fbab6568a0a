package dev.hotseat.ui;

import io.javalin.Javalin;
import java.nio.file.Path;

/** The server the browser test talks to, started in-process on a free port. */
final class ChatServer implements AutoCloseable {
    private final Javalin app;

    private ChatServer(Javalin app) {
        this.app = app;
    }

    static ChatServer start(Path dataDir) {
        String web = Path.of(System.getProperty("hotseat.root", "."), "web").toString();
        return new ChatServer(FakeChatServer.start(web, 0));
    }

    String url() {
        return "http://localhost:" + app.port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}

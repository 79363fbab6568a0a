package dev.hotseat.ui;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.web.HotseatServer;
import java.nio.file.Path;

/** The real Hotseat server with its offline engines, started in-process on a free port for the browser test. */
final class ChatServer implements AutoCloseable {
    private final HotseatServer server;

    private ChatServer(HotseatServer server) {
        this.server = server;
    }

    /** Wires the server as Main does for {@code --llm offline}, with a fresh data folder. */
    static ChatServer start(Path dataDir) {
        Path root = Path.of(System.getProperty("hotseat.root", "."));
        PromptLibrary library = SharedEvaluator.library();
        Engines engines = Engines.offline(SharedEvaluator.evaluator(), new ScriptedPartner(new ScenarioDirector()));
        return new ChatServer(HotseatServer.start(new HotseatServer.Setup(0, dataDir, root.resolve("web"), library,
                engines, "browser-test-coach-token")));
    }

    String url() {
        return "http://localhost:" + server.port() + "/";
    }

    @Override
    public void close() {
        server.close();
    }
}

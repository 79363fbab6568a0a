package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hotseat.conversation.Engines;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A coach edits a scenario file while the server runs: the next session uses the edit, no restart. */
@Timeout(30)
class EditedScenarioTest {
    private static final String EDITED = "Hello. This is the edited opening, about {order}.";

    @TempDir
    Path data;
    @TempDir
    Path prompts;

    @Test
    void editedOpeningLine_isSpokenInTheNextSession_withoutARestart() throws Exception {
        copyShippedPrompts();
        Engines engines = Engines.offline(new KeywordEvaluator(), new ScriptedPartner(new ScenarioDirector()));
        try (TestServer server = TestServer.start(data, engines, new FilePromptLibrary(prompts))) {
            String before = openingLine(server);

            // When the coach replaces every opening line in the file
            Path file = prompts.resolve("scenarios/late-parcel.md");
            String text = Files.readString(file);
            String edited = text.replaceFirst("(?m)^  opening:\\n(    - .*\\n)+", "  opening:\n    - \"" + EDITED + "\"\n");
            assertNotEquals(text, edited, "the test could not find the opening lines to edit");
            Files.writeString(file, edited);
            Thread.sleep(400); // the library looks for changes at most every 250 ms

            // Then the next session opens with the edited line, filled from the scenario's facts
            assertNotEquals("Hello. This is the edited opening, about order 4417.", before);
            assertEquals("Hello. This is the edited opening, about order 4417.", openingLine(server));
        }
    }

    private static String openingLine(TestServer server) {
        try (ChatClient chat = server.chat()) {
            chat.send("type", "start", "scenario", "late-parcel");
            return chat.next("partner").path("text").asText();
        }
    }

    private void copyShippedPrompts() throws IOException {
        Path shipped = Path.of(System.getProperty("hotseat.root", ".")).resolve("prompts");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path source : files.toList()) {
                Path target = prompts.resolve(shipped.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

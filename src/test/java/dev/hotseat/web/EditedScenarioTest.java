package dev.hotseat.web;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hotseat.conversation.Engines;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.TestPrompts;
import dev.hotseat.support.ChatClient;
import dev.hotseat.support.HotseatExtension;
import dev.hotseat.support.KeywordEvaluator;
import dev.hotseat.support.TestServer;
import dev.hotseat.support.Waiting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A coach edits a scenario file while the server runs: the next session uses the edit, no restart. */
@Timeout(30)
class EditedScenarioTest {
    private static final String EDITED = "Hello. This is the edited opening, about {order}.";
    private static final String EXPECTED = "Hello. This is the edited opening, about order 4417.";

    @RegisterExtension
    final HotseatExtension hotseat = HotseatExtension.offline();

    @Test
    void editedOpeningLine_isSpokenInTheNextSession_withoutARestart() throws Exception {
        Path prompts = TestPrompts.copyOfLibrary(hotseat.temp());
        Engines engines = Engines.offline(new KeywordEvaluator(), new ScriptedPartner(new ScenarioDirector()));
        TestServer server = hotseat.start(engines, new FilePromptLibrary(prompts));
        String before = openingLine(server);

        // When the coach replaces every opening line in the file
        Path file = prompts.resolve("scenarios/late-parcel.md");
        String text = Files.readString(file);
        String edited = text.replaceFirst("(?m)^  opening:\\n(    - .*\\n)+", "  opening:\n    - \"" + EDITED + "\"\n");
        assertNotEquals(text, edited, "the test could not find the opening lines to edit");
        Files.writeString(file, edited);

        // Then a later session (the library looks for changes at most every 250 ms) opens with the edited line,
        // filled from the scenario's facts
        assertNotEquals(EXPECTED, before);
        Waiting.until(Duration.ofSeconds(10), "a session opening with the edited line",
                () -> openingLine(server).equals(EXPECTED));
    }

    private static String openingLine(TestServer server) {
        try (ChatClient chat = server.chat()) {
            chat.send("type", "start", "scenario", "late-parcel");
            return chat.next("partner").path("text").asText();
        }
    }
}

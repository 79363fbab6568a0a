package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void noFlags_giveTheDocumentedDefaults() {
        Settings s = Settings.parse(new String[0], Map.of());

        assertEquals(7070, s.port());
        assertEquals(Path.of("data"), s.data());
        assertEquals(Path.of("prompts"), s.prompts());
        assertEquals(Path.of("web"), s.web());
        assertEquals(Settings.Llm.OFFLINE, s.llm());
        assertEquals(Duration.ofSeconds(5), s.connectTimeout());
        assertEquals(Duration.ofSeconds(60), s.timeout());
        assertEquals(2, s.retries());
        assertTrue(s.coachToken().isEmpty());
    }

    @Test
    void flags_winOverEnvironmentVariables() {
        Settings s = Settings.parse(new String[] {"--port", "0", "--base-url=http://flag"},
                Map.of("HOTSEAT_PORT", "9000", "HOTSEAT_BASE_URL", "http://env", "HOTSEAT_DATA", "/tmp/envdata"));

        assertEquals(0, s.port());
        assertEquals("http://flag", s.baseUrl());
        assertEquals(Path.of("/tmp/envdata"), s.data());
    }

    @Test
    void providerKey_isTheFallbackForApiKey() {
        Settings s = Settings.parse(new String[] {"--llm", "anthropic"},
                Map.of("ANTHROPIC_API_KEY", "sk-ant", "OPENAI_API_KEY", "sk-oai"));

        assertEquals("sk-ant", s.apiKey());
        assertFalse(s.toString().contains("sk-ant"));
    }

    @Test
    void unknownFlag_isNamedWithTheKnownOnes() {
        var e = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--prot", "1"}, Map.of()));

        assertTrue(e.getMessage().startsWith("Unknown flag '--prot'"), e.getMessage());
    }

    @Test
    void badNumber_quotesTheValue() {
        var e = assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[0], Map.of("HOTSEAT_TIMEOUT", "soon")));

        assertTrue(e.getMessage().contains("'soon'") && e.getMessage().contains("--timeout"), e.getMessage());
    }

    @Test
    void unknownProvider_isRefused() {
        assertThrows(Settings.InvalidSettingException.class,
                () -> Settings.parse(new String[] {"--llm", "gpt"}, Map.of()));
    }

    @Test
    void flagWithoutValue_isRefused() {
        assertThrows(Settings.InvalidSettingException.class, () -> Settings.parse(new String[] {"--model"}, Map.of()));
    }
}

package dev.hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/protocol.md: every flag can also be given as HOTSEAT_<NAME>, and as --name=value. */
class SettingsEnvironmentTest {
    private static final Map<String, Function<Settings, Object>> FIELDS = Map.ofEntries(
            Map.entry("port", Settings::port), Map.entry("data", Settings::data), Map.entry("prompts", Settings::prompts),
            Map.entry("web", Settings::web), Map.entry("coach-token", s -> s.coachToken().orElse(null)),
            Map.entry("llm", s -> s.llm().name().toLowerCase()), Map.entry("base-url", Settings::baseUrl),
            Map.entry("model", Settings::model), Map.entry("api-key", Settings::apiKey),
            Map.entry("judge-model", Settings::judgeModel), Map.entry("judge-base-url", Settings::judgeBaseUrl),
            Map.entry("connect-timeout", s -> s.connectTimeout().toSeconds()), Map.entry("timeout", s -> s.timeout().toSeconds()),
            Map.entry("retries", Settings::retries), Map.entry("host", Settings::host),
            Map.entry("public-url", Settings::publicUrl), Map.entry("max-turns", Settings::maxTurns),
            Map.entry("start-rate", Settings::startRate), Map.entry("evaluate-rate", Settings::evaluateRate),
            Map.entry("login-rate", Settings::loginRate), Map.entry("database", Settings::database),
            Map.entry("keep-days", Settings::keepDays),
            Map.entry("accounts", s -> s.accounts().wire()),
            Map.entry("guest-rate", Settings::guestRate), Map.entry("guests-per-day", Settings::guestsPerDay),
            Map.entry("grading-ms", Settings::gradingMs), Map.entry("min-free-mb", Settings::minFreeMb),
            Map.entry("metrics-host", Settings::metricsHost), Map.entry("stop-seconds", Settings::stopSeconds));

    @ParameterizedTest
    @CsvSource({"port,HOTSEAT_PORT,0,0", "data,HOTSEAT_DATA,/tmp/d,/tmp/d", "prompts,HOTSEAT_PROMPTS,p2,p2",
        "web,HOTSEAT_WEB,w2,w2", "coach-token,HOTSEAT_COACH_TOKEN,tok,tok", "llm,HOTSEAT_LLM,ollama,ollama",
        "base-url,HOTSEAT_BASE_URL,http://m:1/v1,http://m:1/v1", "model,HOTSEAT_MODEL,llama3.1,llama3.1",
        "api-key,HOTSEAT_API_KEY,k1,k1", "judge-model,HOTSEAT_JUDGE_MODEL,j1,j1",
        "judge-base-url,HOTSEAT_JUDGE_BASE_URL,http://j:2,http://j:2", "connect-timeout,HOTSEAT_CONNECT_TIMEOUT,7,7",
        "timeout,HOTSEAT_TIMEOUT,9,9", "retries,HOTSEAT_RETRIES,4,4", "host,HOTSEAT_HOST,0.0.0.0,0.0.0.0",
        "public-url,HOTSEAT_PUBLIC_URL,https://h.example.org,https://h.example.org", "max-turns,HOTSEAT_MAX_TURNS,9,9",
        "start-rate,HOTSEAT_START_RATE,0,0", "evaluate-rate,HOTSEAT_EVALUATE_RATE,5,5", "login-rate,HOTSEAT_LOGIN_RATE,3,3",
        "database,HOTSEAT_DATABASE,jdbc:postgresql://db:5432/hs,jdbc:postgresql://db:5432/hs",
        "keep-days,HOTSEAT_KEEP_DAYS,30,30", "accounts,HOTSEAT_ACCOUNTS,required,required",
        "grading-ms,HOTSEAT_GRADING_MS,900,900", "min-free-mb,HOTSEAT_MIN_FREE_MB,64,64",
        "metrics-host,HOTSEAT_METRICS_HOST,10.0.0.5:9100,10.0.0.5:9100", "stop-seconds,HOTSEAT_STOP_SECONDS,5,5",
        "accounts,HOTSEAT_ACCOUNTS,open,open", "guest-rate,HOTSEAT_GUEST_RATE,0,0",
        "guests-per-day,HOTSEAT_GUESTS_PER_DAY,50,50"})
    void everyFlag_isAlsoReadFromItsEnvironmentVariable_andAsNameEqualsValue(String flag, String env, String value,
                                                                           String expected) {
        Settings fromEnv = Settings.parse(new String[0], Map.of(env, value));
        Settings fromFlag = Settings.parse(new String[] {"--" + flag + "=" + value}, Map.of());

        assertEquals(expected, String.valueOf(FIELDS.get(flag).apply(fromEnv)), env);
        assertEquals(expected, String.valueOf(FIELDS.get(flag).apply(fromFlag)), "--" + flag + "=");
        assertTrue(!String.valueOf(FIELDS.get(flag).apply(Settings.defaults())).equals(expected), "differs from the default");
    }

    @Test
    void everyKnownFlag_isCoveredAbove() {
        assertEquals(FIELDS.keySet(), new HashSet<>(Settings.NAMES));
    }

    @Test
    void defaults_areThoseOfAFreshClone() {
        Settings defaults = Settings.defaults();

        assertEquals(7070, defaults.port());
        assertEquals(Path.of("data"), defaults.data());
        assertEquals(Path.of("prompts"), defaults.prompts());
        assertEquals(Settings.Llm.OFFLINE, defaults.llm());
        assertEquals(Optional.empty(), defaults.coachToken());
        assertEquals(Duration.ofSeconds(60), defaults.timeout());
        assertEquals("127.0.0.1", defaults.host());
        assertEquals("", defaults.publicUrl());
    }
}

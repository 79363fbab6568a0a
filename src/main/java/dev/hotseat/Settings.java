package dev.hotseat;

import dev.hotseat.account.AccountsMode;
import dev.hotseat.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server is started with: from flags ({@code --port 7070}), else from environment variables
 * ({@code HOTSEAT_PORT}), else the defaults below.
 *
 * @param coachToken     the credential for coach-only routes; empty means "generate one at start"
 * @param apiKey         the model provider's key; falls back to OPENAI_API_KEY / ANTHROPIC_API_KEY
 * @param judgeModel     the model that grades replies; empty means "no language-model judge"
 * @param judgeBaseUrl   where the judge lives; empty means "same as base-url"
 * @param host           the address to listen on; 127.0.0.1 unless the operator says otherwise
 * @param publicUrl      the URL learners use when it is not a loopback one (its host is allowed); empty means none
 * @param maxTurns       turns queued or running server-wide before a start or reply is answered {@code busy}
 * @param startRate      session starts per minute per client address (0: no limit)
 * @param evaluateRate   {@code POST /api/evaluate} calls per minute per client address (0: no limit)
 * @param loginRate      {@code POST /api/login} attempts per minute per client address (0: no limit)
 * @param database       a PostgreSQL JDBC URL shared by several nodes; empty means "SQLite in --data"
 * @param keepDays       transcripts idle longer than this many days are removed; 0 keeps them forever
 * @param accounts       {@code --accounts}: {@code guests} (the default) lets anyone practise at once, their sessions
 *                       tied to their browser; {@code open} also lets visitors sign up; {@code required}: everyone
 *                       signs in
 * @param gradingMs      how long the offline grading of one reply may take, its wait for a grader included, before
 *                       the learner hears {@code not-graded}
 * @param minFreeMb      below this much free disk in --data (SQLite), {@code /health} says not ready
 * @param stopSeconds    how long a stopping server (SIGTERM) lets the turns in flight finish before it closes the sockets
 * @param metricsHost    "HOST:PORT" where {@code /metrics} is served to anyone (a scraper on a private network);
 *                       empty: only on the main port, with the coach credential
 * @param guestRate      new guests per minute per client address (0: no limit)
 * @param guestsPerDay   new guests per day per client address (0: no cap)
 */
public record Settings(int port, Path data, Path prompts, Path web, Optional<String> coachToken,
                       Llm llm, String baseUrl, String model, String apiKey,
                       String judgeModel, String judgeBaseUrl,
                       Duration connectTimeout, Duration timeout, int retries,
                       String host, String publicUrl, int maxTurns, int startRate, int evaluateRate, int loginRate,
                       String database, int keepDays, AccountsMode accounts, int gradingMs, int minFreeMb,
                       String metricsHost, int stopSeconds, int guestRate, int guestsPerDay) {

    /** Which engines speak and grade: the offline ones, or a language model from one of these providers. */
    public enum Llm { OFFLINE, OPENAI, ANTHROPIC, OLLAMA }

    /** A flag or environment variable that is unknown or holds a value that makes no sense. */
    public static class InvalidSettingException extends RuntimeException {
        public InvalidSettingException(String message) {
            super(message);
        }
    }

    static final List<String> NAMES = List.of("port", "data", "prompts", "web", "coach-token", "llm", "base-url",
            "model", "api-key", "judge-model", "judge-base-url", "connect-timeout", "timeout", "retries",
            "host", "public-url", "max-turns", "start-rate", "evaluate-rate", "login-rate", "database", "keep-days",
            "accounts", "grading-ms", "min-free-mb", "metrics-host", "stop-seconds", "guest-rate", "guests-per-day");

    /** Like the record's, but never prints the secrets. */
    @Override
    public String toString() {
        return "Settings[port=" + port + ", data=" + data + ", prompts=" + prompts + ", web=" + web
                + ", llm=" + llm + ", baseUrl=" + baseUrl + ", model=" + model + ", judgeModel=" + judgeModel
                + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + ", coachToken=" + (coachToken.isEmpty() ? "" : "***")
                + ", database=" + Database.withoutSecrets(database) + ", keepDays=" + keepDays
                + ", accounts=" + accounts.wire() + "]";
    }

    /** With {@code --accounts required}: nobody practises without signing in. */
    public boolean accountsRequired() {
        return accounts == AccountsMode.REQUIRED;
    }

    /** The settings a fresh clone runs with. */
    public static Settings defaults() {
        return parse(new String[0], Map.of());
    }

    /** Reads flags ({@code --name value} or {@code --name=value}); flags win over {@code HOTSEAT_NAME} env vars. */
    public static Settings parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String fromEnv = env.get("HOTSEAT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(name, fromEnv.trim());
            }
        }
        values.putAll(flags(args));
        return from(values, env);
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new InvalidSettingException("Unexpected argument '" + arg + "' (flags look like --port 7070)");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!NAMES.contains(name)) {
                throw new InvalidSettingException("Unknown flag '--" + name + "'"
                        + Help.nearest(name).map(near -> ": did you mean --" + near + "?").orElse("")
                        + " (java -jar hotseat.jar --help lists every flag)");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new InvalidSettingException("Flag '--" + name + "' needs a value");
                }
                value = args[++i];
            }
            flags.put(name, value.trim());
        }
        return flags;
    }

    private static Settings from(Map<String, String> v, Map<String, String> env) {
        Llm llm = llm(v.getOrDefault("llm", "offline"));
        String apiKey = v.getOrDefault("api-key", switch (llm) {
            case OPENAI -> env.getOrDefault("OPENAI_API_KEY", "");
            case ANTHROPIC -> env.getOrDefault("ANTHROPIC_API_KEY", "");
            default -> "";
        });
        return new Settings(
                number(v, "port", 7070, 0, 65535),
                path(v, "data"),
                path(v, "prompts"),
                path(v, "web"),
                Optional.ofNullable(v.get("coach-token")).filter(t -> !t.isBlank()),
                llm,
                v.getOrDefault("base-url", ""),
                v.getOrDefault("model", ""),
                apiKey.trim(),
                v.getOrDefault("judge-model", ""),
                v.getOrDefault("judge-base-url", ""),
                Duration.ofSeconds(number(v, "connect-timeout", 5, 1, 3600)),
                Duration.ofSeconds(number(v, "timeout", 60, 1, 3600)),
                number(v, "retries", 2, 0, 10),
                host(v.getOrDefault("host", "127.0.0.1")),
                publicUrl(v.getOrDefault("public-url", "")),
                number(v, "max-turns", 256, 1, 1_000_000),
                number(v, "start-rate", 30, 0, 1_000_000),
                number(v, "evaluate-rate", 120, 0, 1_000_000),
                number(v, "login-rate", 10, 0, 1_000_000),
                database(v.getOrDefault("database", "")),
                number(v, "keep-days", 0, 0, 36500),
                accounts(v.getOrDefault("accounts", "guests")),
                number(v, "grading-ms", 600, 50, 60_000),
                number(v, "min-free-mb", 256, 0, 10_000_000),
                metricsHost(v.getOrDefault("metrics-host", "")),
                number(v, "stop-seconds", 20, 0, 3600),
                number(v, "guest-rate", 30, 0, 1_000_000),
                number(v, "guests-per-day", 1000, 0, 100_000_000));
    }

    private static String host(String text) {
        if (text.isBlank() || !text.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw new InvalidSettingException("Bad value '" + text + "' for --host (an address such as 127.0.0.1, 0.0.0.0 or ::)");
        }
        return text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    }

    private static String metricsHost(String text) {
        if (text.isEmpty() || text.matches("[A-Za-z0-9.\\-]+:[0-9]{1,5}|\\[[0-9A-Fa-f:.%]+]:[0-9]{1,5}")) {
            return text;
        }
        throw new InvalidSettingException("Bad value '" + text + "' for --metrics-host (HOST:PORT, such as 10.0.0.5:9100,"
                + " where /metrics is served to anyone who can reach it)");
    }

    private static String publicUrl(String text) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InvalidSettingException("Bad value '" + text + "' for --public-url (a URL such as https://hotseat.example.org)");
    }

    private static String database(String url) {
        if (url.isEmpty() || url.startsWith("jdbc:postgresql://")) {
            return url;
        }
        throw new InvalidSettingException("Bad value '" + Database.withoutSecrets(url) + "' for --database (a PostgreSQL "
                + "JDBC URL like jdbc:postgresql://db.example:5432/hotseat?user=hotseat&password=…; leave it out "
                + "to keep SQLite in --data)");
    }

    private static Path path(Map<String, String> values, String name) {
        String text = values.getOrDefault(name, name);
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidSettingException("Bad value '" + text + "' for --" + name + " (not a folder path: " + e.getReason() + ")");
        }
    }

    private static AccountsMode accounts(String text) {
        AccountsMode mode = AccountsMode.of(text);
        if (mode == null) {
            throw new InvalidSettingException("Bad value '" + text
                    + "' for --accounts (known: guests, the default; open, where visitors may sign up; or required)");
        }
        return mode;
    }

    private static Llm llm(String text) {
        for (Llm llm : Llm.values()) {
            if (llm.name().equalsIgnoreCase(text)) {
                return llm;
            }
        }
        throw new InvalidSettingException("Bad value '" + text + "' for --llm (known: offline, openai, anthropic, ollama)");
    }

    private static int number(Map<String, String> values, String name, int fallback, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidSettingException("Bad value '" + text + "' for --" + name + " (a whole number from " + min + " to " + max + ")");
    }
}

package dev.hotseat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --help}, {@code -h} and {@code help}: every command, and every flag with its environment variable and its
 * default, written from one table beside {@link Settings} (a test checks the table names every flag Settings
 * reads). Also the nearest known flag for one that is misspelt.
 */
final class Help {
    /** One flag: its name, what its value looks like, the default as written, and what it does. */
    record Flag(String name, String value, String byDefault, String meaning) {
        String env() {
            return "HOTSEAT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    static final List<Flag> FLAGS = List.of(
            new Flag("port", "N", "7070", "the port to listen on; 0 picks a free one"),
            new Flag("host", "ADDR", "127.0.0.1", "the address to listen on; 0.0.0.0 for every interface"),
            new Flag("public-url", "URL", "none", "the address learners use, when not a loopback one (its host is allowed)"),
            new Flag("data", "DIR", "./data", "where the SQLite database lives"),
            new Flag("database", "URL", "SQLite in --data", "a PostgreSQL JDBC URL shared by several nodes"),
            new Flag("prompts", "DIR", "./prompts", "scenarios, rubrics and templates"),
            new Flag("web", "DIR", "./web", "the page's files, served from disk"),
            new Flag("coach-token", "T", "random, printed", "the coach credential for scripts and servers without coach accounts"),
            new Flag("accounts", "MODE", "guests", "guests: anyone practises; open: visitors may also sign up; required: everyone signs in"),
            new Flag("guest-rate", "N", "30", "new guests a minute per client address (0: no limit)"),
            new Flag("guests-per-day", "N", "1000", "new guests a day per client address (0: no cap)"),
            new Flag("llm", "NAME", "offline", "offline, openai, anthropic or ollama"),
            new Flag("base-url", "URL", "the provider's", "the model server"),
            new Flag("model", "NAME", "the provider's", "the persona's model"),
            new Flag("api-key", "KEY", "OPENAI_API_KEY or ANTHROPIC_API_KEY", "the provider's key"),
            new Flag("judge-model", "NAME", "none", "a model that grades replies (else the offline evaluator grades)"),
            new Flag("judge-base-url", "URL", "--base-url", "where the judge model lives"),
            new Flag("connect-timeout", "S", "5", "seconds to wait for a model server connection"),
            new Flag("timeout", "S", "60", "seconds to wait for a model's answer"),
            new Flag("retries", "N", "2", "retries after a failed model call, before falling back to offline"),
            new Flag("max-turns", "N", "256", "turns queued or running server-wide before 'busy'"),
            new Flag("start-rate", "N", "30", "session starts a minute per client address (0: no limit)"),
            new Flag("evaluate-rate", "N", "120", "POST /api/evaluate calls a minute per client address (0: no limit)"),
            new Flag("login-rate", "N", "10", "sign-ins, sign-ups and resets a minute per client address (0: no limit)"),
            new Flag("grading-ms", "MS", "600", "how long grading one reply may take before 'not-graded'"),
            new Flag("keep-days", "N", "0 (keep all)", "remove transcripts idle for more than N days"),
            new Flag("min-free-mb", "MB", "256", "below this much free disk, /health says not ready"),
            new Flag("metrics-host", "HOST:PORT", "none", "serve /metrics there to anyone (else with the coach credential)"),
            new Flag("stop-seconds", "S", "20", "on SIGTERM, how long the turns in flight may finish"));

    private static final String COMMANDS = """
            Hotseat: a practice partner for hard conversations.

            Usage:
              java -jar hotseat.jar [flags]                      start the server (prints "Listening on http://HOST:PORT")
              java -jar hotseat.jar lint [DIR]                   check the prompt files under DIR (./prompts), test-drive every scenario
              java -jar hotseat.jar backup FILE [--data DIR]     copy the SQLite database to FILE while the server runs
              java -jar hotseat.jar check [--data DIR]           list damaged stored sessions
              java -jar hotseat.jar users add NAME --role learner|coach [--data DIR]
              java -jar hotseat.jar users reset NAME [--data DIR] [--public-url URL]
              java -jar hotseat.jar users list [--data DIR]
              java -jar hotseat.jar users remove NAME [--data DIR]
              java -jar hotseat.jar help | --help | -h           this text

            Flags are written --name value or --name=value. Each can also be set as its environment variable; a flag
            wins over its variable.
            """;

    private Help() {
    }

    /** Whether the arguments ask for help. */
    static boolean asked(String[] args) {
        return args.length > 0 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"));
    }

    /** The whole text: commands, then one line per flag with its variable and default. */
    static String text() {
        int flagWidth = FLAGS.stream().mapToInt(f -> f.name().length() + f.value().length() + 3).max().orElse(0);
        int envWidth = FLAGS.stream().mapToInt(f -> f.env().length()).max().orElse(0);
        StringBuilder out = new StringBuilder(COMMANDS).append('\n');
        out.append(pad("flag", flagWidth)).append("  ").append(pad("environment variable", envWidth))
                .append("  default: meaning\n");
        for (Flag f : FLAGS) {
            out.append(pad("--" + f.name() + " " + f.value(), flagWidth)).append("  ").append(pad(f.env(), envWidth))
                    .append("  ").append(f.byDefault()).append(": ").append(f.meaning()).append('\n');
        }
        return out.toString();
    }

    /** The known flag nearest to a misspelt one, when one is near enough to be meant. */
    static Optional<String> nearest(String unknown) {
        return Settings.NAMES.stream().min(Comparator.comparingInt(name -> distance(unknown, name)))
                .filter(name -> distance(unknown, name) <= Math.max(2, name.length() / 3));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Edits (insert, delete, change one character) between two words. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            previous = row;
        }
        return previous[b.length()];
    }
}

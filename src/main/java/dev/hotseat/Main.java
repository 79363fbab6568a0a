package dev.hotseat;

import dev.hotseat.lint.LintCommand;
import dev.hotseat.account.UsersCommand;
import dev.hotseat.store.BackupCommand;
import dev.hotseat.store.CheckCommand;
import dev.hotseat.web.WireJson;
import java.util.Arrays;

/**
 * Starts Hotseat: flags → {@link Settings} → {@link App}. Or runs a command: {@code lint [DIR]} checks the prompt
 * files, {@code backup FILE} copies the database, {@code check} lists damaged sessions, {@code users add} makes accounts.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Help.asked(args)) {
            System.out.print(Help.text());
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(LintCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("backup")) {
            System.exit(backup(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(check(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("users")) {
            System.exit(UsersCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err,
                    System.getenv()));
        }
        try {
            serve(Settings.parse(args, System.getenv()));
        } catch (Settings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            // e.g. the port is taken or the data folder is not writable: say so in one line, not a stack trace
            System.err.println("Hotseat could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void serve(Settings settings) {
        App app = App.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        if (settings.coachToken().isEmpty()) {
            System.out.println("Coach token: " + app.coachToken());
        }
        // The address really listened on (127.0.0.1 unless --host says otherwise), not a name that may mean more.
        System.out.println("Listening on http://" + app.host() + ":" + app.port());
    }

    /** {@code check [--data DIR | --database URL]}: lists the stored sessions that cannot be read back. */
    private static int check(String[] args) {
        try {
            Settings settings = Settings.parse(args, System.getenv());
            return CheckCommand.run(settings.data(), settings.database(), WireJson.mapper(), System.out, System.err);
        } catch (Settings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** {@code backup FILE [--data DIR]}: an online copy of the SQLite database. */
    private static int backup(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("Usage: java -jar target/hotseat.jar backup FILE [--data DIR]  (FILE must not exist yet)");
            return 2;
        }
        try {
            Settings settings = Settings.parse(Arrays.copyOfRange(args, 1, args.length), System.getenv());
            return BackupCommand.run(settings.data(), settings.database(), args[0], System.out, System.err);
        } catch (Settings.InvalidSettingException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}

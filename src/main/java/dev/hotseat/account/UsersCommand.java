package dev.hotseat.account;

import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import dev.hotseat.store.StoreException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code users add NAME --role learner|coach [--data DIR]}: creates an account. The password is the first line of
 * standard input (or typed at a prompt); when there is none, one is generated and printed once.
 */
public final class UsersCommand {
    static final String USAGE = "Usage: users add NAME --role learner|coach [--data DIR]"
            + " (password on standard input, or leave it empty to get a generated one)";

    private UsersCommand() {
    }

    /** Runs the command; returns the process exit code (0 done, 1 refused, 2 misused). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length < 2 || !args[0].equals("add") || args[1].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        String name = args[1];
        String role = null;
        Path data = Path.of(env.getOrDefault("HOTSEAT_DATA", "data"));
        for (int i = 2; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length || !(flag.equals("--role") || flag.equals("--data"))) {
                err.println("Unexpected '" + flag + "'. " + USAGE);
                return 2;
            }
            String value = args[++i];
            if (flag.equals("--role")) {
                role = value;
            } else {
                data = Path.of(value);
            }
        }
        if (role == null) {
            err.println("Say which role with --role learner or --role coach. " + USAGE);
            return 2;
        }
        try (Database db = Database.open(data, Migration.all())) {
            Accounts accounts = new Accounts(db);
            Role chosen = Role.ofAccount(role);
            String password = password(in, out);
            boolean generated = password.isEmpty();
            if (generated) {
                password = accounts.generatePassword();
            }
            Identity added = accounts.add(name, chosen, password);
            out.println("Added " + added.role().wire() + " '" + added.name() + "' in " + data.toAbsolutePath());
            if (generated) {
                out.println("Password (shown only now; pass it on privately): " + password);
            }
            return 0;
        } catch (AccountException | StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String password(InputStream in, PrintStream out) {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword("Password for the new account (empty: generate one): ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            out.println("Could not read a password from standard input (" + e.getMessage() + "); generating one.");
            return "";
        }
    }
}

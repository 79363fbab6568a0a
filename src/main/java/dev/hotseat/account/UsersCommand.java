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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code users add|reset|list|remove} on the server's own machine, against the database in {@code --data}:
 * <ul>
 *   <li>{@code add NAME --role learner|coach}: the password is the first line of standard input (or typed at a
 *   prompt); when there is none, one is generated and printed once;</li>
 *   <li>{@code reset NAME}: prints a one-time link to set a new password, good for a day;</li>
 *   <li>{@code list}: every account, its role and when it was made;</li>
 *   <li>{@code remove NAME}: the account and its sign-ins go; its sessions stay, for coaches only.</li>
 * </ul>
 */
public final class UsersCommand {
    static final String USAGE = """
            Usage: users add NAME --role learner|coach [--data DIR]   (password on standard input, or empty to generate one)
                   users reset NAME [--data DIR] [--public-url URL]   (a one-time link to set a new password, for a day)
                   users list [--data DIR]
                   users remove NAME [--data DIR]                     (the account goes; its sessions stay, for coaches)""";

    private UsersCommand() {
    }

    /** Runs the command; returns the process exit code (0 done, 1 refused, 2 misused). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        String action = args.length == 0 ? "" : args[0];
        boolean named = !action.equals("list");
        if (!(action.equals("add") || action.equals("reset") || action.equals("list") || action.equals("remove"))
                || named && (args.length < 2 || args[1].startsWith("--"))) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> flags = flags(args, named ? 2 : 1, err);
        if (flags == null) {
            return 2;
        }
        if (action.equals("add") && !flags.containsKey("role")) {
            err.println("Say which role with --role learner or --role coach.\n" + USAGE);
            return 2;
        }
        Path data = Path.of(flags.getOrDefault("data", env.getOrDefault("HOTSEAT_DATA", "data")));
        String publicUrl = flags.getOrDefault("public-url", env.getOrDefault("HOTSEAT_PUBLIC_URL", ""));
        try (Database db = Database.open(data, Migration.all())) {
            Accounts accounts = new Accounts(db);
            return switch (action) {
                case "add" -> add(accounts, args[1], flags.get("role"), data, in, out);
                case "reset" -> reset(accounts, args[1], publicUrl, out);
                case "list" -> list(accounts, data, out);
                default -> remove(accounts, args[1], out, err);
            };
        } catch (AccountException | StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> flags(String[] args, int from, PrintStream err) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String flag = args[i];
            String name = flag.startsWith("--") ? flag.substring(2) : "";
            if (i + 1 >= args.length || !(name.equals("role") || name.equals("data") || name.equals("public-url"))) {
                err.println("Unexpected '" + flag + "'.\n" + USAGE);
                return null;
            }
            flags.put(name, args[++i]);
        }
        return flags;
    }

    private static int add(Accounts accounts, String name, String role, Path data, InputStream in, PrintStream out) {
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
    }

    private static int reset(Accounts accounts, String name, String publicUrl, PrintStream out) {
        Accounts.ResetLink link = accounts.resetLink(name, false);
        String path = SelfService.url(link.token());
        String base = publicUrl.isBlank() ? "http://localhost:7070" : publicUrl.replaceAll("/+$", "");
        out.println("A link for '" + link.name() + "' to set a new password, once, until " + link.expires() + ":");
        out.println(base + path);
        if (publicUrl.isBlank()) {
            out.println("(This server's address may differ: the link is " + path + " on it; --public-url URL prints it whole.)");
        }
        return 0;
    }

    private static int list(Accounts accounts, Path data, PrintStream out) {
        var all = accounts.list();
        out.println(all.isEmpty() ? "No accounts in " + data.toAbsolutePath() + " yet." : "name\trole\tmade");
        all.forEach(out::println);
        return 0;
    }

    private static int remove(Accounts accounts, String name, PrintStream out, PrintStream err) {
        if (!accounts.remove(name)) {
            err.println("No account is named '" + AccountException.quote(name) + "' (users list shows them all).");
            return 1;
        }
        out.println("Removed '" + name + "': it can no longer sign in; its sessions stay, for coaches only.");
        return 0;
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

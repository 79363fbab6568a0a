package dev.hotseat.account;

import dev.hotseat.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Accounts, guests and sign-ins: who a cookie's token stands for, and how one gets a token. */
public final class Accounts {
    /** A signed-in account stays signed in this long on one browser. */
    static final Duration ACCOUNT_SIGN_IN = Duration.ofDays(30);
    /** A guest's sessions stay theirs as long as browsers keep a cookie (Chromium caps it at 400 days). */
    static final Duration GUEST = Duration.ofDays(400);
    private static final int MAX_NAME = 60;

    private final PeopleStore people;
    private final Passwords passwords = new Passwords();
    private final Tokens tokens = new Tokens();
    private final Clock clock;

    public Accounts(Database db) {
        this(db, Clock.systemUTC());
    }

    Accounts(Database db, Clock clock) {
        this.people = new PeopleStore(db);
        this.clock = clock;
    }

    /** Creates an account; the name must be free (ignoring case) and the password long enough. */
    public Identity add(String name, Role role, String password) {
        String checked = name(name);
        if (role == Role.GUEST) {
            throw new AccountException("bad-role", 400, "A guest is made by visiting, not by hand: choose learner or coach.");
        }
        String hash = passwords.hash(password);
        Identity identity = new Identity(UUID.randomUUID().toString(), checked, role);
        if (!people.add(identity.id(), checked, role, hash)) {
            throw AccountException.nameTaken(checked);
        }
        return identity;
    }

    /** A new password to hand to someone whose account is being created. */
    public String generatePassword() {
        return passwords.generate();
    }

    /** Signs in with name and password: a new token every time, so a cookie planted before sign-in is worthless. */
    public SignIn signIn(String name, String password) {
        Optional<PeopleStore.Person> found = people.byName(String.valueOf(name));
        // Checked even when nobody has that name, so both failures take the same time.
        boolean ok = passwords.matches(password, found.map(PeopleStore.Person::passwordHash).orElse(null));
        if (!ok || found.get().identity().guest()) {
            throw AccountException.wrongCredentials();
        }
        return issue(found.get().identity(), ACCOUNT_SIGN_IN);
    }

    /** A new guest with a sign-in of its own. */
    public SignIn guest() {
        Identity guest = new Identity(UUID.randomUUID().toString(), null, Role.GUEST);
        people.add(guest.id(), null, Role.GUEST, null);
        return issue(guest, GUEST);
    }

    /** Who a cookie's token stands for; empty when it names no live sign-in. */
    public Optional<Identity> identify(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return people.signedIn(Tokens.hash(token), clock.instant());
    }

    /** Ends the sign-in behind {@code token}; true when there was one. */
    public boolean signOut(String token) {
        return Tokens.wellFormed(token) && people.removeSignIn(Tokens.hash(token));
    }

    /** Moves a guest's sessions into the account that just signed in on the same browser; returns how many. */
    public int claim(Identity guest, Identity account) {
        if (!guest.guest() || account.guest()) {
            return 0;
        }
        return people.moveSessions(guest.id(), account.id());
    }

    private SignIn issue(Identity identity, Duration lasts) {
        String token = tokens.next();
        Instant now = clock.instant();
        people.addSignIn(Tokens.hash(token), identity.id(), now, now.plus(lasts));
        return new SignIn(token, identity, lasts);
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("bad-name", 400, "The name '" + AccountException.quote(name)
                    + "' cannot be used: give 1 to " + MAX_NAME + " characters with no control characters.");
        }
        return stripped;
    }
}

package dev.hotseat.account;

import dev.hotseat.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

/** Accounts, guests and sign-ins: who a cookie's token stands for, and how one gets a token. */
public final class Accounts {
    /** A signed-in account stays signed in this long on one browser. */
    static final Duration ACCOUNT_SIGN_IN = Duration.ofDays(30);
    /** A guest's sessions stay theirs as long as browsers keep a cookie (Chromium caps it at 400 days). */
    static final Duration GUEST = Duration.ofDays(400);
    private static final int MAX_NAME = 60;

    private final PeopleStore people;
    private final PasswordResets resets;
    private final Guests guests;
    private final Passwords passwords = new Passwords();
    private final Tokens tokens = new Tokens();
    private final Clock clock;

    public Accounts(Database db) {
        this(db, Guests.Limits.DEFAULT);
    }

    public Accounts(Database db, Guests.Limits guestLimits) {
        this(db, Clock.systemUTC(), guestLimits);
    }

    Accounts(Database db, Clock clock, Guests.Limits guestLimits) {
        this.people = new PeopleStore(db);
        this.resets = new PasswordResets(db, clock);
        this.guests = new Guests(db, clock, guestLimits);
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
        if (!people.add(identity.id(), checked, role, hash, null, clock.instant())) {
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

    /** A new guest with a sign-in of its own, made for a browser at {@code address} (within the guest limits). */
    public SignIn guest(String address) {
        guests.admit(address);
        Identity guest = new Identity(UUID.randomUUID().toString(), null, Role.GUEST);
        people.add(guest.id(), null, Role.GUEST, null, address, clock.instant());
        return issue(guest, GUEST);
    }

    /** Forgets the guests who never practised, made over a day ago; returns how many. */
    public int pruneGuests() {
        return guests.prune(clock.instant());
    }

    /** A visitor's own learner account ({@code --accounts open}), signed in at once. */
    public SignIn signUp(String name, String password) {
        return issue(add(name, Role.LEARNER, password), ACCOUNT_SIGN_IN);
    }

    /**
     * Changes a signed-in person's password when {@code current} is right; every other sign-in of theirs ends (the
     * one holding {@code keepToken} stays), so a password someone else learned stops working everywhere.
     */
    public void changePassword(Identity who, String current, String password, String keepToken) {
        PeopleStore.Person person = people.byId(who.id()).filter(p -> !p.identity().guest())
                .orElseThrow(() -> new AccountException("no-account", 403, "A guest has no password: sign up or sign in first."));
        if (!passwords.matches(current, person.passwordHash())) {
            throw new AccountException("wrong-credentials", 401, "The current password is not right: type it again.");
        }
        people.setPassword(who.id(), passwords.hash(password),
                Tokens.wellFormed(keepToken) ? Tokens.hash(keepToken) : null);
    }

    /** A one-time link to set a new password for {@code name}; {@code learnersOnly} refuses a coach's account. */
    public ResetLink resetLink(String name, boolean learnersOnly) {
        Identity who = people.byName(String.valueOf(name)).map(PeopleStore.Person::identity).filter(i -> !i.guest())
                .orElseThrow(() -> new AccountException("unknown-learner", 404, "No account is named '"
                        + AccountException.quote(name) + "': check the spelling (names ignore upper and lower case)."));
        if (learnersOnly && who.role() != Role.LEARNER) {
            throw new AccountException("not-a-learner", 403, "'" + who.name() + "' is a coach: a coach's password is"
                    + " reset on the server's command line (users reset NAME).");
        }
        PasswordResets.Link link = resets.issue(who.id());
        return new ResetLink(who.name(), link.token(), link.expires());
    }

    /** A reset link: for whom, its secret, and when it stops working. */
    public record ResetLink(String name, String token, Instant expires) {
    }

    /** Sets a new password through a reset link (once); every sign-in ends, and the person is signed in anew. */
    public SignIn reset(String token, String password) {
        PeopleStore.Person person = people.byId(resets.holder(token)).orElseThrow(PasswordResets::expired);
        // The new password is checked before the link is spent: a weak one leaves the link working.
        String hash = passwords.hash(password);
        resets.redeem(token);
        people.setPassword(person.identity().id(), hash, null);
        return issue(person.identity(), ACCOUNT_SIGN_IN);
    }

    /** Every account, for {@code users list}. */
    public List<String> list() {
        return people.accounts().stream().map(a -> a.name() + "\t" + a.role().wire() + "\t" + a.created()).toList();
    }

    /** Removes an account (its sessions stay, for coaches only); false when there is none of that name. */
    public boolean remove(String name) {
        return people.remove(String.valueOf(name));
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

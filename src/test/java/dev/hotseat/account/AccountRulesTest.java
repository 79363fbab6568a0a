package dev.hotseat.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotseat.store.Database;
import dev.hotseat.store.Migration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of accounts on a real SQLite file and a clock the test moves: passwords of 10 characters that nobody
 * guesses first, guests bounded per address and forgotten when unused, reset links that expire, and the
 * {@code users} command's reset, list and remove.
 */
class AccountRulesTest {
    @TempDir
    Path data;
    private Database db;
    private Accounts accounts;
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    /** A clock that reads the test's {@code now}. */
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void aDatabase() {
        db = Database.open(data, Migration.all());
        accounts = new Accounts(db, clock, Guests.Limits.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPassword_needsTenCharacters_andMayNotBeOneEveryoneTriesFirst() {
        for (String weak : List.of("12345678", "password1", "password123", "1234567890", "QwertyUIOP", "aaaaaaaaaaaa",
                "iloveyou123", "         x")) {
            AccountException refused = assertThrows(AccountException.class, () -> accounts.add("Kim", Role.LEARNER, weak),
                    weak);
            assertEquals("weak-password", refused.code(), weak);
        }
        assertEquals("Kim", accounts.add("Kim", Role.LEARNER, "tea kettle on the hob").name());
    }

    @Test
    void guests_areLimitedPerAddressAMinute_andADay() {
        // thirty guests from one address in a minute are made; the next is asked to wait
        for (int i = 0; i < Guests.PER_MINUTE; i++) {
            accounts.guest("203.0.113.7");
        }
        AccountException tooMany = assertThrows(AccountException.class, () -> accounts.guest("203.0.113.7"));
        assertEquals("too-many-guests", tooMany.code());
        assertEquals(429, tooMany.status());
        assertEquals(60, tooMany.retryAfter());
        // another address is not held up, and a minute later the first may go on
        accounts.guest("198.51.100.2");
        now = now.plus(Duration.ofSeconds(61));
        accounts.guest("203.0.113.7");

        // and past the day's cap, a whole day's worth is refused
        for (int made = Guests.PER_MINUTE + 1; made < Guests.PER_DAY; made += Guests.PER_MINUTE - 1) {
            now = now.plus(Duration.ofSeconds(61));
            for (int i = 0; i < Guests.PER_MINUTE - 1 && made + i < Guests.PER_DAY; i++) {
                accounts.guest("203.0.113.7");
            }
        }
        now = now.plus(Duration.ofSeconds(61));
        assertEquals("too-many-guests", assertThrows(AccountException.class, () -> accounts.guest("203.0.113.7")).code());
    }

    @Test
    void aGuestWhoNeverPractised_isForgottenAfterADay_butNotOneWhoDid() throws Exception {
        // given two guests, one of whom owns a session
        Identity idle = accounts.guest("192.0.2.1").identity();
        Identity practised = accounts.guest("192.0.2.1").identity();
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (id, scenario, mode, created_at, owner)"
                    + " VALUES ('s1', 'late-parcel', 'practice', ?, ?)")) {
                s.setString(1, now.toString());
                s.setString(2, practised.id());
                return s.executeUpdate();
            }
        });

        // when a day and a bit has gone by
        now = now.plus(Duration.ofHours(25));

        // then only the idle guest is gone
        assertEquals(1, accounts.pruneGuests());
        assertEquals(List.of(practised.id()), guestIds());
        assertTrue(!guestIds().contains(idle.id()));
    }

    @Test
    void aResetLink_stopsWorkingAfterADay() {
        accounts.add("Robin", Role.LEARNER, "robin's first password");
        Accounts.ResetLink link = accounts.resetLink("Robin", true);
        assertEquals(now.plus(Duration.ofDays(1)), link.expires());

        now = now.plus(Duration.ofHours(24)).plusSeconds(1);

        AccountException late = assertThrows(AccountException.class, () -> accounts.reset(link.token(), "a new long password"));
        assertEquals("reset-link-used", late.code());
        assertEquals(410, late.status());
    }

    @Test
    void theUsersCommand_resetsListsAndRemoves() {
        // given two accounts made with the command
        assertEquals(0, users("add", "Robin", "--role", "learner").code, "add");
        assertEquals(0, users("add", "Casey", "--role", "coach").code, "add");

        // then list shows both, by name, with their roles
        Run list = users("list");
        assertTrue(list.out.contains("Casey\tcoach") && list.out.contains("Robin\tlearner"), list.out);

        // and reset prints a whole link when the public address is given
        Run reset = users("reset", "robin", "--public-url", "https://practice.example.org/");
        assertEquals(0, reset.code, reset.err);
        assertTrue(reset.out.matches("(?s).*https://practice\\.example\\.org/reset\\.html#[A-Za-z0-9_-]{43}.*"), reset.out);

        // and remove takes Robin away, and says when there is nobody of that name
        assertEquals(0, users("remove", "Robin").code);
        assertTrue(!users("list").out.contains("Robin"));
        Run none = users("remove", "Robin");
        assertEquals(1, none.code);
        assertTrue(none.err.contains("No account is named 'Robin'"), none.err);
    }

    private record Run(int code, String out, String err) {
    }

    private Run users(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data",
                data.resolve("cli").toString())).toArray(String[]::new);
        int code = UsersCommand.run(all, new ByteArrayInputStream("a password long enough\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out), new PrintStream(err), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> guestIds() throws Exception {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM people WHERE role = 'guest'")) {
                List<String> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
    }
}

package dev.hotseat.account;

import dev.hotseat.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links to set a new password: a random token (only its hash is kept) that works once, for a day. A coach
 * makes one for a learner, or the server's owner with {@code users reset NAME}.
 */
final class PasswordResets {
    static final Duration LASTS = Duration.ofDays(1);
    private final PeopleSql sql;
    private final Tokens tokens = new Tokens();
    private final Clock clock;

    PasswordResets(Database db, Clock clock) {
        this.sql = new PeopleSql(db);
        this.clock = clock;
    }

    /** A new link's token and when it stops working. */
    record Link(String token, Instant expires) {
    }

    Link issue(String person) {
        String token = tokens.next();
        Instant now = clock.instant();
        Instant expires = now.plus(LASTS);
        sql.write(c -> PeopleStore.update(c, "INSERT INTO password_resets (token_hash, person, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)", Tokens.hash(token), person, now.toString(), expires.toString()));
        return new Link(token, expires);
    }

    /** Whom a link that still works was made for (it stays unused); 410 when it is used, expired or unknown. */
    String holder(String token) {
        if (!Tokens.wellFormed(token)) {
            throw expired();
        }
        return sql.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT person FROM password_resets"
                    + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                s.setString(1, Tokens.hash(token));
                s.setString(2, clock.instant().toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }).orElseThrow(PasswordResets::expired);
    }

    /**
     * Uses a link: the person it was made for, once. Marking it used and reading it are one write, so two
     * requests with the same link cannot both succeed.
     */
    String redeem(String token) {
        if (!Tokens.wellFormed(token)) {
            throw expired();
        }
        String now = clock.instant().toString();
        return sql.write(c -> {
            Optional<String> person;
            try (PreparedStatement s = c.prepareStatement("SELECT person FROM password_resets"
                    + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                s.setString(1, Tokens.hash(token));
                s.setString(2, now);
                try (ResultSet rs = s.executeQuery()) {
                    person = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
            if (person.isEmpty() || PeopleStore.update(c, "UPDATE password_resets SET used_at = ? WHERE token_hash = ?"
                    + " AND used_at IS NULL", now, Tokens.hash(token)) != 1) {
                return Optional.<String>empty();
            }
            return person;
        }).orElseThrow(PasswordResets::expired);
    }

    static AccountException expired() {
        return new AccountException("reset-link-used", 410, "This password link has been used already or is more"
                + " than a day old: ask your coach for a new one.");
    }
}

package dev.hotseat.account;

import dev.hotseat.store.Database;
import dev.hotseat.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** People, their sign-ins and which sessions they own, in the {@code people}, {@code sign_ins} and {@code sessions} tables. */
final class PeopleStore {
    private final Database db;

    PeopleStore(Database db) {
        this.db = db;
    }

    /** A stored person with the hash of their password (null for a guest). */
    record Person(Identity identity, String passwordHash) {
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds a person; false when the name is taken. */
    boolean add(String id, String name, Role role, String passwordHash) {
        return write(c -> {
            if (name != null && byName(c, key(name)).isPresent()) {
                return false;
            }
            update(c, "INSERT INTO people (id, name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, name, name == null ? null : key(name), role.wire(), passwordHash, Instant.now().toString());
            return true;
        });
    }

    Optional<Person> byName(String name) {
        return read(c -> byName(c, key(name)));
    }

    /** The person a sign-in token's hash belongs to, if it has not expired. */
    Optional<Identity> signedIn(String tokenHash, Instant now) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT p.id, p.name, p.role FROM sign_ins i JOIN people p ON p.id = i.person
                    WHERE i.token_hash = ? AND i.expires_at > ?""")) {
                s.setString(1, tokenHash);
                s.setString(2, now.toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(identity(rs)) : Optional.empty();
                }
            }
        });
    }

    void addSignIn(String tokenHash, String person, Instant now, Instant expires) {
        write(c -> update(c, "INSERT INTO sign_ins (token_hash, person, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, person, now.toString(), expires.toString()));
    }

    /** Ends one sign-in; true when there was one. */
    boolean removeSignIn(String tokenHash) {
        return write(c -> update(c, "DELETE FROM sign_ins WHERE token_hash = ?", tokenHash)) > 0;
    }

    /** Moves every session of {@code from} (a guest) to {@code to}; returns how many moved. */
    int moveSessions(String from, String to) {
        return write(c -> update(c, "UPDATE sessions SET owner = ? WHERE owner = ?", to, from));
    }

    private static Optional<Person> byName(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, role, password_hash FROM people WHERE name_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Person(identity(rs), rs.getString(4))) : Optional.empty();
            }
        }
    }

    private static Identity identity(ResultSet rs) throws SQLException {
        return new Identity(rs.getString(1), rs.getString(2), Role.ofStored(rs.getString(3)));
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    private <T> T read(Database.SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot read people: " + e.getMessage(), e);
        }
    }

    private <T> T write(Database.SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (SQLException e) {
            throw new StoreException("Cannot write people: " + e.getMessage(), e);
        }
    }
}

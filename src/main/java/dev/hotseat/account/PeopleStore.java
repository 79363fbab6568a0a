package dev.hotseat.account;

import dev.hotseat.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** People, their sign-ins and which sessions they own, in the {@code people}, {@code sign_ins} and {@code sessions} tables. */
final class PeopleStore {
    private final PeopleSql sql;

    PeopleStore(Database db) {
        this.sql = new PeopleSql(db);
    }

    /** A stored person with the hash of their password (null for a guest). */
    record Person(Identity identity, String passwordHash) {
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds a person; false when the name is taken. {@code address}: where a guest was made from, else null. */
    boolean add(String id, String name, Role role, String passwordHash, String address, Instant created) {
        return write(c -> {
            if (name != null && byName(c, key(name)).isPresent()) {
                return false;
            }
            update(c, "INSERT INTO people (id, name, name_key, role, password_hash, created_at, address)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, name, name == null ? null : key(name), role.wire(),
                    passwordHash, created.toString(), address);
            return true;
        });
    }

    /** The person with this id (an account or a guest). */
    Optional<Person> byId(String id) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role, password_hash FROM people WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Person(identity(rs), rs.getString(4))) : Optional.empty();
                }
            }
        });
    }

    /** Sets a new password hash and ends every sign-in of the person but {@code keep} (a token hash, or null). */
    void setPassword(String person, String hash, String keep) {
        write(c -> {
            update(c, "UPDATE people SET password_hash = ? WHERE id = ?", hash, person);
            return update(c, "DELETE FROM sign_ins WHERE person = ? AND token_hash <> ?", person, keep == null ? "" : keep);
        });
    }

    /** Every account (no guests), by name, with when it was made. */
    List<Listed> accounts() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT name, role, created_at FROM people"
                    + " WHERE role <> 'guest' ORDER BY name_key");
                 ResultSet rs = s.executeQuery()) {
                List<Listed> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Listed(rs.getString(1), Role.ofStored(rs.getString(2)), rs.getString(3)));
                }
                return out;
            }
        });
    }

    /** An account as {@code users list} shows it. */
    record Listed(String name, Role role, String created) {
    }

    /**
     * Removes an account, its sign-ins and reset links; its sessions stay, owned by nobody (only coaches read them).
     * Returns false when no account has that name.
     */
    boolean remove(String name) {
        return write(c -> {
            Optional<Person> found = byName(c, key(name));
            if (found.isEmpty() || found.get().identity().guest()) {
                return false;
            }
            String id = found.get().identity().id();
            update(c, "DELETE FROM sign_ins WHERE person = ?", id);
            update(c, "DELETE FROM password_resets WHERE person = ?", id);
            update(c, "UPDATE sessions SET owner = NULL WHERE owner = ?", id);
            update(c, "DELETE FROM people WHERE id = ?", id);
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
        return sql.read(work);
    }

    private <T> T write(Database.SqlWork<T> work) {
        return sql.write(work);
    }
}

package dev.hotseat.history;

import dev.hotseat.account.Tokens;
import dev.hotseat.store.Database;
import dev.hotseat.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Read-only links to one session's report, for a coach or manager without an account. The link carries a
 * random 256-bit token (only its hash is stored), so it cannot be guessed from the session id; the learner
 * can withdraw every link to a session at once.
 */
public final class ShareLinks {
    private final Database db;
    private final Tokens tokens = new Tokens();

    public ShareLinks(Database db) {
        this.db = db;
    }

    /** A new link token for {@code session}. */
    public String create(String session) {
        String token = tokens.next();
        write("INSERT INTO shares (token_hash, session, created_at) VALUES (?, ?, ?)",
                Tokens.hash(token), session, Instant.now().toString());
        return token;
    }

    /** Withdraws every live link to {@code session}; returns how many. */
    public int revoke(String session) {
        return write("UPDATE shares SET revoked_at = ? WHERE session = ? AND revoked_at IS NULL",
                Instant.now().toString(), session);
    }

    /** The session a token opens; {@link ShareException} for a forged or revoked one. */
    public String session(String token) {
        if (!Tokens.wellFormed(token)) {
            throw ShareException.unknown();
        }
        try {
            return db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT session, revoked_at FROM shares WHERE token_hash = ?")) {
                    s.setString(1, Tokens.hash(token));
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw ShareException.unknown();
                        }
                        if (rs.getString(2) != null) {
                            throw ShareException.revoked();
                        }
                        return rs.getString(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot read a share link: " + e.getMessage(), e);
        }
    }

    private int write(String sql, String... values) {
        try {
            return db.write(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        s.setString(i + 1, values[i]);
                    }
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot write a share link: " + e.getMessage(), e);
        }
    }
}

package dev.hotseat.store;

import dev.hotseat.conversation.SessionOwners;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code owner} column of {@code sessions}. */
public final class SqliteSessionOwners implements SessionOwners {
    private final Database db;

    public SqliteSessionOwners(Database db) {
        this.db = db;
    }

    @Override
    public void own(String sessionId, String owner) {
        try {
            db.write(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET owner = ? WHERE id = ?")) {
                    s.setString(1, owner);
                    s.setString(2, sessionId);
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot record who owns session '" + sessionId + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> ownerOf(String sessionId) {
        try {
            return db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT owner FROM sessions WHERE id = ?")) {
                    s.setString(1, sessionId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot read who owns session '" + sessionId + "': " + e.getMessage(), e);
        }
    }
}

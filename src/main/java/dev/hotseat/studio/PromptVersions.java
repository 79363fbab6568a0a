package dev.hotseat.studio;

import dev.hotseat.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every saved version of a prompt file, in the database (so every server of a deployment sees one history and
 * one version counter), and the save itself: compare, record, then write the file, in one transaction.
 */
record PromptVersions(Database db, PromptFiles files, Clock clock) {
    /** One saved version, without its text. */
    record Version(int version, String author, String at, String hash, String diff) {
    }

    /** What a save did: the file's new hash (the next save's base) and its version number. */
    record Saved(String hash, int version, boolean changed) {
    }

    /** Newest first. */
    List<Version> list(String file) {
        return sql(() -> db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version, author, at, hash, diff FROM prompt_versions"
                    + " WHERE file = ? ORDER BY version DESC")) {
                s.setString(1, file);
                try (ResultSet rs = s.executeQuery()) {
                    List<Version> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                    return out;
                }
            }
        }));
    }

    Optional<String> content(String file, int version) {
        return sql(() -> db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content FROM prompt_versions WHERE file = ? AND version = ?")) {
                s.setString(1, file);
                s.setInt(2, version);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }));
    }

    /**
     * Saves {@code text} when the file is still what the editor started from ({@code base}, the hash it was given;
     * "none" for a file that did not exist). Otherwise nothing is written and a 409 says whose save came first.
     * The version rows and the file are written in one transaction: a failed write leaves no row behind.
     */
    synchronized Saved save(PromptFiles.Kind kind, String id, String text, String base, String author) {
        String file = PromptFiles.name(kind, id);
        String current = files.read(kind, id).orElse(null);
        String currentHash = PromptFiles.hash(current);
        if (!currentHash.equals(base)) {
            throw conflict(kind, id, file, current, base);
        }
        String hash = PromptFiles.hash(text);
        if (hash.equals(currentHash)) {
            List<Version> versions = list(file);
            return new Saved(hash, versions.isEmpty() ? 0 : versions.getFirst().version(), false);
        }
        int version = sql(() -> db.write(c -> {
            Version latest = latest(c, file);
            int next = latest == null ? 1 : latest.version() + 1;
            if (current != null && (latest == null || !latest.hash().equals(currentHash))) {
                // The file was there before the studio, or was edited on disk since: keep that text too.
                insert(c, file, next++, latest == null ? "before the studio" : "edited on disk", current,
                        latest == null ? "" : LineDiff.between(content(c, file, latest.version()), current));
            }
            insert(c, file, next, author, text, LineDiff.between(current, text));
            files.write(kind, id, text);
            return next;
        }));
        return new Saved(hash, version, true);
    }

    private StudioException conflict(PromptFiles.Kind kind, String id, String file, String current, String base) {
        String what = kind == PromptFiles.Kind.SCENARIOS ? "scenario" : "rubric";
        if (current != null && "none".equals(base)) {
            return new StudioException(409, "id-taken", "A " + what + " '" + id + "' already exists (" + file
                    + "): choose another id, or open it to edit it");
        }
        List<Version> versions = list(file);
        String who = versions.isEmpty() || !versions.getFirst().hash().equals(PromptFiles.hash(current))
                ? "it was changed on disk" : "version " + versions.getFirst().version() + " was saved by "
                + versions.getFirst().author() + " at " + versions.getFirst().at();
        return new StudioException(409, "conflict", "Not saved: " + file + " changed since you opened it (" + who
                + "). Your text is still in the editor: copy it, reload the file to see the other version, and"
                + " merge your changes into it.");
    }

    private static Version latest(Connection c, String file) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, author, at, hash, diff FROM prompt_versions"
                + " WHERE file = ? ORDER BY version DESC LIMIT 1")) {
            s.setString(1, file);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)) : null;
            }
        }
    }

    private static String content(Connection c, String file, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT content FROM prompt_versions WHERE file = ? AND version = ?")) {
            s.setString(1, file);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void insert(Connection c, String file, int version, String author, String text, String diff)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO prompt_versions (file, version, author, at, hash,"
                + " content, diff) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, file);
            s.setInt(2, version);
            s.setString(3, author);
            s.setString(4, clock.instant().toString());
            s.setString(5, PromptFiles.hash(text));
            s.setString(6, text);
            s.setString(7, diff);
            s.executeUpdate();
        }
    }

    private static <T> T sql(StudioSql.Call<T> call) {
        return StudioSql.run("read or write the prompt versions", () -> {
            try {
                return call.call();
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("unique")
                        || String.valueOf(e.getSQLState()).startsWith("23")) {
                    // Another server recorded the same version number first: the same as a conflict.
                    throw new StudioException(409, "conflict", "Not saved: someone else saved this file at the same"
                            + " moment. Reload it, then save again.");
                }
                throw e;
            }
        });
    }
}

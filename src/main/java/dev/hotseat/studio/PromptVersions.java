package dev.hotseat.studio;

import dev.hotseat.store.Database;
import dev.hotseat.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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

    /** A file's versions, newest first, as {@link #version(ResultSet)} reads them. */
    private static final String VERSIONS = "SELECT version, author, at, hash, diff FROM prompt_versions WHERE file = ?"
            + " ORDER BY version DESC";

    /** Newest first. */
    List<Version> list(String file) {
        return sql(() -> db.read(c -> Sql.query(c, VERSIONS, PromptVersions::version, file)));
    }

    Optional<String> content(String file, int version) {
        return sql(() -> db.read(c -> content(c, file, version)));
    }

    /**
     * Where a file stands: the live text learners get (null when there is none yet), the version that is live (null
     * for a file no studio save or publish produced), and the newest saved version.
     */
    record State(String live, Integer published, Version latest) {
        /** A saved version newer than the live one: what the editor opens and what publishing would make live. */
        boolean hasDraft() {
            return latest != null && !latest.hash().equals(PromptFiles.hash(live))
                    && (published == null || latest.version() > published);
        }

        /** The hash a save must start from: the draft's when there is one, else the live file's. */
        String headHash() {
            return hasDraft() ? latest.hash() : PromptFiles.hash(live);
        }
    }

    State state(PromptFiles.Kind kind, String id) {
        String file = PromptFiles.name(kind, id);
        String live = files.read(kind, id).orElse(null);
        return sql(() -> db.read(c -> new State(live, live == null ? null : versionWith(c, file, PromptFiles.hash(live)),
                latest(c, file).orElse(null))));
    }

    /** The ids of files of a kind that have saved versions (a new scenario is only a draft until published). */
    List<String> ids(PromptFiles.Kind kind) {
        String prefix = kind.folder + "/";
        List<String> saved = sql(() -> db.read(c -> Sql.query(c,
                "SELECT DISTINCT file FROM prompt_versions ORDER BY file", rs -> rs.getString(1))));
        return saved.stream().filter(name -> name.startsWith(prefix) && name.endsWith(".md"))
                .map(name -> name.substring(prefix.length(), name.length() - 3)).toList();
    }

    /**
     * Saves {@code text} as a draft when the file's draft (or, without one, its live text) is still what the editor
     * started from ({@code base}, the hash it was given; "none" for a file that did not exist). Otherwise nothing is
     * written and a 409 says whose save came first. Only coaches see a draft (test-drive, try); learners keep the
     * live file until it is published ({@link #publish}).
     */
    synchronized Saved save(PromptFiles.Kind kind, String id, String text, String base, String author) {
        String file = PromptFiles.name(kind, id);
        State state = state(kind, id);
        if (!state.headHash().equals(base)) {
            throw conflict(kind, id, file, state, base);
        }
        String hash = PromptFiles.hash(text);
        if (hash.equals(state.headHash())) {
            return new Saved(hash, state.latest() == null ? 0 : state.latest().version(), false);
        }
        int version = sql(() -> db.write(c -> {
            int next = keepLive(c, file, state);
            String before = state.hasDraft() ? content(c, file, state.latest().version()).orElse(null) : state.live();
            insert(c, file, next, author, text, LineDiff.between(before, text));
            return next;
        }));
        return new Saved(hash, version, true);
    }

    /**
     * Makes {@code text} (a saved version's) the live file, when the live file is still {@code base}: the version
     * rows and the file are written in one transaction, and the file by a rename, so learners get the old file or
     * the new one, never half of one.
     */
    synchronized Saved publish(PromptFiles.Kind kind, String id, String text, String base, String author) {
        String file = PromptFiles.name(kind, id);
        State state = state(kind, id);
        String liveHash = PromptFiles.hash(state.live());
        if (!liveHash.equals(base)) {
            throw new StudioException(409, "conflict", "Not published: the live " + file + " changed since you"
                    + " opened it (it is " + (state.published() == null ? "not a studio version"
                    : "version " + state.published()) + " now). Reload it, then publish again.");
        }
        int version = sql(() -> db.write(c -> {
            int next = keepLive(c, file, state);
            insert(c, file, next, author, text, LineDiff.between(state.live(), text));
            files.write(kind, id, text);
            return next;
        }));
        return new Saved(PromptFiles.hash(text), version, true);
    }

    /**
     * A live file no version holds (there before the studio, or edited on disk since) is recorded first, so it can be
     * gone back to; answers the next free version number.
     */
    private int keepLive(Connection c, String file, State state) throws SQLException {
        Version latest = latest(c, file).orElse(null);
        int next = latest == null ? 1 : latest.version() + 1;
        if (state.live() != null && state.published() == null) {
            String before = latest == null ? null : content(c, file, latest.version()).orElse(null);
            insert(c, file, next++, latest == null ? "before the studio" : "edited on disk", state.live(),
                    latest == null ? "" : LineDiff.between(before, state.live()));
        }
        return next;
    }

    private static Integer versionWith(Connection c, String file, String hash) throws SQLException {
        // MAX over no rows is NULL, which getInt reads as 0: no version holds this text
        int v = Sql.first(c, "SELECT MAX(version) FROM prompt_versions WHERE file = ? AND hash = ?",
                rs -> rs.getInt(1), file, hash).orElse(0);
        return v == 0 ? null : v;
    }

    private StudioException conflict(PromptFiles.Kind kind, String id, String file, State state, String base) {
        String what = kind == PromptFiles.Kind.SCENARIOS ? "scenario" : "rubric";
        if ((state.live() != null || state.latest() != null) && "none".equals(base)) {
            return new StudioException(409, "id-taken", "A " + what + " '" + id + "' already exists (" + file
                    + "): choose another id, or open it to edit it");
        }
        List<Version> versions = list(file);
        String who = versions.isEmpty() || !versions.getFirst().hash().equals(state.headHash())
                ? "it was changed on disk" : "version " + versions.getFirst().version() + " was saved by "
                + versions.getFirst().author() + " at " + versions.getFirst().at();
        return new StudioException(409, "conflict", "Not saved: " + file + " changed since you opened it (" + who
                + "). Your text is still in the editor: copy it, reload the file to see the other version, and"
                + " merge your changes into it.");
    }

    private static Optional<Version> latest(Connection c, String file) throws SQLException {
        return Sql.first(c, VERSIONS + " LIMIT 1", PromptVersions::version, file);
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static Optional<String> content(Connection c, String file, int version) throws SQLException {
        return Sql.first(c, "SELECT content FROM prompt_versions WHERE file = ? AND version = ?", rs -> rs.getString(1),
                file, version);
    }

    private void insert(Connection c, String file, int version, String author, String text, String diff)
            throws SQLException {
        Sql.update(c, "INSERT INTO prompt_versions (file, version, author, at, hash, content, diff)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", file, version, author, clock.instant().toString(),
                PromptFiles.hash(text), text, diff);
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

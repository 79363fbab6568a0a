package dev.hotseat.store;

import java.util.List;
import java.util.Map;

/**
 * One step of the database schema; steps run in version order, each exactly once per database.
 *
 * @param statements portable SQL that SQLite and PostgreSQL both run
 * @param overrides  statements that replace {@code statements} on one dialect, where the SQL must differ
 */
public record Migration(int version, String description, List<String> statements, Map<Dialect, List<String>> overrides) {

    public Migration {
        statements = List.copyOf(statements);
        overrides = Map.copyOf(overrides);
    }

    /** A step whose SQL is the same on every dialect (the usual case). */
    public Migration(int version, String description, List<String> statements) {
        this(version, description, statements, Map.of());
    }

    /** The statements this dialect runs. */
    public List<String> statementsFor(Dialect dialect) {
        return overrides.getOrDefault(dialect, statements);
    }

    /** Every step so far, oldest first. Append new steps; never edit one that has shipped. */
    public static List<Migration> all() {
        return List.of(
                new Migration(1, "sessions and their turns", List.of(
                        """
                        CREATE TABLE sessions (
                          id TEXT PRIMARY KEY,
                          scenario TEXT NOT NULL,
                          mode TEXT NOT NULL,
                          created_at TEXT NOT NULL,
                          outcome TEXT,
                          report TEXT,
                          ended_at TEXT)""",
                        """
                        CREATE TABLE turns (
                          session TEXT NOT NULL REFERENCES sessions(id),
                          idx INTEGER NOT NULL,
                          speaker TEXT NOT NULL,
                          text TEXT NOT NULL,
                          at TEXT NOT NULL,
                          mood_level INTEGER,
                          mood_label TEXT,
                          move TEXT,
                          PRIMARY KEY (session, idx))""")),
                new Migration(2, "grades in their own table, one per learner turn", List.of(
                        """
                        CREATE TABLE grades (
                          session TEXT NOT NULL,
                          turn INTEGER NOT NULL,
                          score INTEGER NOT NULL,
                          source TEXT NOT NULL,
                          body TEXT NOT NULL,
                          PRIMARY KEY (session, turn),
                          FOREIGN KEY (session, turn) REFERENCES turns(session, idx))""")),
                new Migration(40, "sessions by age, for --keep-days", List.of(
                        "CREATE INDEX sessions_by_created_at ON sessions (created_at)")));
    }
}

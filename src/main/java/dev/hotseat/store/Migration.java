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

    /** The interviewer's closing move ("close:strong") on a session's last turn. */
    private static final String LAST_MOVE = "(SELECT t.move FROM turns t WHERE t.session = sessions.id"
            + " ORDER BY t.idx DESC LIMIT 1)";
    private static final String ENDED_WHY = "you ended it before it was resolved (+15)";
    private static final String COMPLETED_WHY = "the interview ran to its close (+30)";
    private static final String COMPLETED_SQLITE = """
            UPDATE sessions SET outcome = 'completed', report = CASE
              WHEN report IS NULL THEN NULL
              WHEN instr(json_extract(report, '$.sessionWhy'), '%2$s') > 0 THEN json_patch(report, json_object(
                'outcome', 'completed', 'verdict', substr(%1$s, 7),
                'summary', replace(json_extract(report, '$.summary'), 'Ended after', 'Interview complete after'),
                'sessionScore', min(100, json_extract(report, '$.sessionScore') + 15),
                'sessionWhy', replace(replace(json_extract(report, '$.sessionWhy'), '%2$s', '%3$s'),
                  'Session score ' || json_extract(report, '$.sessionScore') || ':',
                  'Session score ' || min(100, json_extract(report, '$.sessionScore') + 15) || ':')))
              ELSE json_patch(report, json_object('outcome', 'completed', 'verdict', substr(%1$s, 7),
                'summary', replace(json_extract(report, '$.summary'), 'Ended after', 'Interview complete after')))
              END
            WHERE outcome = 'ended' AND %1$s LIKE 'close:%%'""".formatted(LAST_MOVE, ENDED_WHY, COMPLETED_WHY);
    private static final String COMPLETED_POSTGRESQL = """
            UPDATE sessions SET outcome = 'completed', report = CASE
              WHEN report IS NULL THEN NULL
              WHEN strpos(report::jsonb ->> 'sessionWhy', '%2$s') > 0 THEN (report::jsonb || jsonb_build_object(
                'outcome', 'completed', 'verdict', substr(%1$s, 7),
                'summary', replace(report::jsonb ->> 'summary', 'Ended after', 'Interview complete after'),
                'sessionScore', LEAST(100, (report::jsonb ->> 'sessionScore')::int + 15),
                'sessionWhy', replace(replace(report::jsonb ->> 'sessionWhy', '%2$s', '%3$s'),
                  'Session score ' || (report::jsonb ->> 'sessionScore') || ':',
                  'Session score ' || LEAST(100, (report::jsonb ->> 'sessionScore')::int + 15) || ':')))::text
              ELSE (report::jsonb || jsonb_build_object('outcome', 'completed', 'verdict', substr(%1$s, 7),
                'summary', replace(report::jsonb ->> 'summary', 'Ended after', 'Interview complete after')))::text
              END
            WHERE outcome = 'ended' AND %1$s LIKE 'close:%%'""".formatted(LAST_MOVE, ENDED_WHY, COMPLETED_WHY);

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
                // 10-19: people (accounts, guests, sign-ins, who owns a session, retries, share links).
                new Migration(10, "people, their sign-ins, and who owns each session", List.of(
                        """
                        CREATE TABLE people (
                          id TEXT PRIMARY KEY,
                          name TEXT,
                          name_key TEXT UNIQUE,
                          role TEXT NOT NULL,
                          password_hash TEXT,
                          created_at TEXT NOT NULL)""",
                        """
                        CREATE TABLE sign_ins (
                          token_hash TEXT PRIMARY KEY,
                          person TEXT NOT NULL REFERENCES people(id),
                          created_at TEXT NOT NULL,
                          expires_at TEXT NOT NULL)""",
                        "CREATE INDEX sign_ins_person ON sign_ins(person)",
                        "ALTER TABLE sessions ADD COLUMN owner TEXT",
                        "CREATE INDEX sessions_owner ON sessions(owner)")),
                new Migration(11, "earlier tries of a reply, kept when the learner answers again", List.of(
                        """
                        CREATE TABLE tries (
                          session TEXT NOT NULL REFERENCES sessions(id),
                          attempt INTEGER NOT NULL,
                          idx INTEGER NOT NULL,
                          speaker TEXT NOT NULL,
                          text TEXT NOT NULL,
                          at TEXT NOT NULL,
                          mood_level INTEGER,
                          mood_label TEXT,
                          move TEXT,
                          grade TEXT,
                          PRIMARY KEY (session, attempt, idx))""")),
                new Migration(12, "read-only share links to a session's report", List.of(
                        """
                        CREATE TABLE shares (
                          token_hash TEXT PRIMARY KEY,
                          session TEXT NOT NULL REFERENCES sessions(id),
                          created_at TEXT NOT NULL,
                          revoked_at TEXT)""",
                        "CREATE INDEX shares_session ON shares(session)")),
                new Migration(13, "one-time links to set a new password", List.of(
                        """
                        CREATE TABLE password_resets (
                          token_hash TEXT PRIMARY KEY,
                          person TEXT NOT NULL REFERENCES people(id),
                          created_at TEXT NOT NULL,
                          expires_at TEXT NOT NULL,
                          used_at TEXT)""",
                        "CREATE INDEX password_resets_person ON password_resets(person)")),
                // The client address a guest was made from: guests are limited per address, and pruned unused.
                new Migration(14, "where each guest was made from, for the guest limits", List.of(
                        "ALTER TABLE people ADD COLUMN address TEXT",
                        "CREATE INDEX people_guests ON people(role, address, created_at)")),
                new Migration(20, "coach review: marks per criterion and turn, comments, verdicts, adjusted scores",
                        List.of("""
                                CREATE TABLE review_marks (
                                  session TEXT NOT NULL REFERENCES sessions(id),
                                  turn INTEGER NOT NULL,
                                  criterion TEXT NOT NULL,
                                  shown INTEGER NOT NULL,
                                  reason TEXT NOT NULL,
                                  coach TEXT NOT NULL,
                                  at TEXT NOT NULL,
                                  PRIMARY KEY (session, turn, criterion))""",
                                """
                                CREATE TABLE review_comments (
                                  id TEXT PRIMARY KEY,
                                  session TEXT NOT NULL REFERENCES sessions(id),
                                  turn INTEGER NOT NULL,
                                  text TEXT NOT NULL,
                                  coach TEXT NOT NULL,
                                  at TEXT NOT NULL)""",
                                "CREATE INDEX review_comments_session ON review_comments (session, turn)",
                                """
                                CREATE TABLE review_verdicts (
                                  session TEXT PRIMARY KEY REFERENCES sessions(id),
                                  pass INTEGER NOT NULL,
                                  reason TEXT NOT NULL,
                                  coach TEXT NOT NULL,
                                  at TEXT NOT NULL)""",
                                """
                                CREATE TABLE review_scores (
                                  session TEXT NOT NULL,
                                  turn INTEGER NOT NULL,
                                  score INTEGER NOT NULL,
                                  PRIMARY KEY (session, turn))""")),
                new Migration(21, "assignments and groups of learners", List.of(
                        """
                        CREATE TABLE assignments (
                          id TEXT PRIMARY KEY,
                          scenario TEXT NOT NULL,
                          mode TEXT NOT NULL,
                          pass_mark INTEGER NOT NULL,
                          due_at TEXT NOT NULL,
                          created_at TEXT NOT NULL,
                          coach TEXT NOT NULL)""",
                        """
                        CREATE TABLE assignment_learners (
                          assignment TEXT NOT NULL REFERENCES assignments(id),
                          learner TEXT NOT NULL,
                          PRIMARY KEY (assignment, learner))""",
                        "CREATE INDEX assignment_learners_learner ON assignment_learners (learner)",
                        """
                        CREATE TABLE learner_groups (
                          group_name TEXT NOT NULL,
                          learner TEXT NOT NULL,
                          PRIMARY KEY (group_name, learner))""")),
                new Migration(22, "per-session criterion and score tallies for the cohort dashboard", List.of(
                        """
                        CREATE TABLE tallied_turns (
                          session TEXT NOT NULL,
                          turn INTEGER NOT NULL,
                          PRIMARY KEY (session, turn))""",
                        """
                        CREATE TABLE session_scores (
                          session TEXT PRIMARY KEY,
                          replies INTEGER NOT NULL,
                          score_sum INTEGER NOT NULL,
                          criteria TEXT NOT NULL)""",
                        "CREATE INDEX sessions_created ON sessions (created_at)")),
                // Studio (30-39): every saved prompt file, so a save can be compared and reverted. The primary
                // key refuses a second "version n+1" of one file, so two servers saving at once cannot both win.
                new Migration(30, "versions of prompt files saved in the coach studio", List.of(
                        """
                        CREATE TABLE prompt_versions (
                          file TEXT NOT NULL,
                          version INTEGER NOT NULL,
                          author TEXT NOT NULL,
                          at TEXT NOT NULL,
                          hash TEXT NOT NULL,
                          content TEXT NOT NULL,
                          diff TEXT NOT NULL,
                          PRIMARY KEY (file, version))""")),
                // A card's portrait waits here between the import and the save that keeps it beside the scenario
                // (any server may get the save); base64 text, so both dialects store it alike.
                new Migration(31, "card portraits waiting for the save of their scenario", List.of(
                        """
                        CREATE TABLE studio_portraits (
                          key TEXT PRIMARY KEY,
                          png TEXT NOT NULL,
                          at TEXT NOT NULL)""")),
                // The drafts coaches try out ("try it yourself"), so a draft tried on one node opens on any node:
                // the checked scenario as JSON, alive until expires_at (epoch milliseconds, so both dialects
                // compare it as a number). No session column: a draft's sessions outlive it, as they always did.
                new Migration(32, "drafts coaches try out, shared by every node", List.of(
                        """
                        CREATE TABLE tried_drafts (
                          id TEXT PRIMARY KEY,
                          scenario TEXT NOT NULL,
                          expires_at BIGINT NOT NULL)""",
                        "CREATE INDEX tried_drafts_expires_at ON tried_drafts (expires_at)")),
                new Migration(40, "sessions by age, for --keep-days", List.of(
                        "CREATE INDEX sessions_by_created_at ON sessions (created_at)")),
                // partner range 50-59: the seed that makes a session's lines vary, kept so a resume replays exactly
                new Migration(50, "a seed per session for the partner's choice of lines", List.of(
                        "ALTER TABLE sessions ADD COLUMN seed BIGINT")),
                // An interview that ran to the interviewer's close was stored as 'ended' (a drop-off); it is
                // 'completed', with the close's verdict, and scores like a resolved call (issue 19).
                new Migration(51, "interviews that ran to the interviewer's close are completed, not ended",
                        List.of(COMPLETED_SQLITE), Map.of(Dialect.POSTGRESQL, List.of(COMPLETED_POSTGRESQL))),
                // Delivery promises: the id a client gave a reply, so a resend is answered, never stored twice.
                // Replies sent without an id keep NULL, which a unique index allows any number of times.
                new Migration(60, "client ids of learner replies, unique per session", List.of(
                        "ALTER TABLE turns ADD COLUMN client_id TEXT",
                        "CREATE UNIQUE INDEX turns_client_id ON turns (session, client_id)")));
    }
}


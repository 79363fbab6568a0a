package dev.hotseat.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownScenarioException;
import dev.hotseat.review.Practices.Practice;
import dev.hotseat.store.Database;
import dev.hotseat.store.Sql;
import dev.hotseat.input.BadMessageException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Coaches set scenarios for learners with a due date and a pass mark; each learner's state follows from their sessions. */
public final class Assignments {
    private final Sql sql;
    private final Practices practices;
    private final PromptLibrary library;
    private final People people;
    private final Clock clock;

    public Assignments(Database db, CriterionTally tally, PromptLibrary library, People people, Clock clock) {
        this.sql = new Sql(db);
        this.practices = new Practices(db, tally, people);
        this.library = library;
        this.people = people;
        this.clock = clock;
    }

    /** Checks a coach's request in full, then stores the assignment; nothing is stored when any part is wrong. */
    public Assignment create(JsonNode body, String coach) {
        Instant now = clock.instant();
        Scenario scenario = library.scenario(text(body, "scenario"));
        String mode = body.path("mode").asText("practice").strip();
        if (!mode.equals("practice") && !mode.equals("exam")) {
            throw ReviewRequest.bad("'mode' is practice or exam, not '" + Quote.of(mode) + "'");
        }
        int passMark = body.has("passMark") ? passMark(body.get("passMark").asText()) : DashboardFilter.DEFAULT_PASS_MARK;
        Instant due = due(text(body, "due"), now);
        Set<String> learners = learners(body);
        String id = UUID.randomUUID().toString();
        sql.write(connection -> {
            Sql.update(connection, """
                    INSERT INTO assignments (id, scenario, mode, pass_mark, due_at, created_at, coach)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", id, scenario.id(), mode, passMark, due.toString(), now.toString(), coach);
            for (String learner : learners) {
                Sql.update(connection, "INSERT INTO assignment_learners (assignment, learner) VALUES (?, ?)", id, learner);
            }
            return null;
        });
        return find("a.id = ?", id).get(0);
    }

    /** Every assignment, newest first, with every learner's state. */
    public List<Assignment> all() {
        return find("1 = 1");
    }

    /** The assignments set for one learner, newest first, each with only that learner's state. */
    public List<Assignment> of(String learner) {
        return find("a.id IN (SELECT assignment FROM assignment_learners WHERE learner = ?)", learner).stream()
                .map(a -> a.with(a.learners().stream().filter(s -> s.learner().equals(learner)).toList()))
                .toList();
    }

    /** Sets who is in a group, replacing its members; every learner must exist. */
    public List<String> setGroup(String name, JsonNode body) {
        if (name.isBlank() || name.length() > 80) {
            throw ReviewRequest.bad("A group name has 1 to 80 characters: '" + Quote.of(name) + "'");
        }
        List<String> members = new ArrayList<>(known(list(body, "learners")));
        sql.write(connection -> {
            Sql.update(connection, "DELETE FROM learner_groups WHERE group_name = ?", name);
            for (String learner : members) {
                Sql.update(connection, "INSERT INTO learner_groups (group_name, learner) VALUES (?, ?)", name, learner);
            }
            return null;
        });
        return members;
    }

    /** Every group and its members, by name. */
    public List<Group> groups() {
        List<String[]> rows = sql.query("SELECT group_name, learner FROM learner_groups ORDER BY group_name, learner",
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        List<Group> groups = new ArrayList<>();
        for (String[] row : rows) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).name().equals(row[0])) {
                groups.add(new Group(row[0], new ArrayList<>()));
            }
            groups.get(groups.size() - 1).learners().add(row[1]);
        }
        return groups;
    }

    /** A named set of learners. */
    public record Group(String name, List<String> learners) {
    }

    private List<Assignment> find(String where, Object... values) {
        List<Assignment> bare = sql.query("""
                SELECT a.id, a.scenario, a.mode, a.pass_mark, a.due_at, a.created_at, a.coach FROM assignments a
                WHERE %s ORDER BY a.created_at DESC, a.id""".formatted(where),
                rs -> {
                    Optional<Scenario> scenario = scenario(rs.getString(2));
                    Instant due = Instant.parse(rs.getString(5));
                    return new Assignment(rs.getString(1), rs.getString(2),
                            scenario.map(Scenario::title).orElse(rs.getString(2)),
                            scenario.map(s -> s.mode().wire()).orElse(null), rs.getString(3), rs.getInt(4),
                            due, Assignment.dayOf(due), Instant.parse(rs.getString(6)), rs.getString(7), List.of());
                }, values);
        List<Assignment> full = new ArrayList<>();
        for (Assignment a : bare) {
            List<String> learners = sql.query("SELECT learner FROM assignment_learners WHERE assignment = ? ORDER BY learner",
                    rs -> rs.getString(1), a.id());
            full.add(a.with(statuses(a, learners)));
        }
        return full;
    }

    // A learner's sessions of the scenario started after the assignment was set (exam sessions only for an exam
    // assignment) count once they have ended; the best one decides.
    private List<Assignment.Status> statuses(Assignment a, List<String> learners) {
        String owner = people.ownerColumn();
        String where = "s.scenario = ? AND s.created_at >= ? AND s.outcome IS NOT NULL AND " + owner
                + " IN (SELECT learner FROM assignment_learners WHERE assignment = ?)"
                + (a.mode().equals("exam") ? " AND s.mode = 'exam'" : "");
        List<Practice> done = practices.find(where, a.scenario(), a.created().toString(), a.id());
        boolean late = clock.instant().isAfter(a.due());
        List<Assignment.Status> statuses = new ArrayList<>();
        for (String learner : learners) {
            List<Practice> mine = done.stream().filter(p -> learner.equals(p.learner())).toList();
            boolean passed = mine.stream().anyMatch(p -> p.passed(a.passMark()));
            Integer best = mine.stream().mapToInt(p -> (int) Math.round(p.score())).boxed().max(Integer::compare).orElse(null);
            statuses.add(new Assignment.Status(learner, passed ? "passed" : late ? "overdue" : "open", best, mine.size()));
        }
        return statuses;
    }

    private Set<String> learners(JsonNode body) {
        Set<String> learners = new LinkedHashSet<>(list(body, "learners"));
        String group = body.path("group").asText("").strip();
        if (!group.isEmpty()) {
            List<String> members = sql.query("SELECT learner FROM learner_groups WHERE group_name = ? ORDER BY learner",
                    rs -> rs.getString(1), group);
            if (members.isEmpty()) {
                throw new BadMessageException("unknown-group", "No group '" + Quote.of(group)
                        + "' (set one with PUT /api/coach/groups/{name})");
            }
            learners.addAll(members);
        }
        if (learners.isEmpty()) {
            throw ReviewRequest.bad("An assignment needs 'learners' (a list of names) or a 'group'");
        }
        return known(learners);
    }

    private Set<String> known(Iterable<String> names) {
        Set<String> known = new LinkedHashSet<>();
        for (String name : names) {
            known.add(people.learnerNamed(name).orElseThrow(() -> new BadMessageException("unknown-learner",
                    "No learner '" + Quote.of(name) + "' (learners are added with: java -jar target/hotseat.jar"
                            + " users add NAME --role learner)")));
        }
        return known;
    }

    private static List<String> list(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText().strip()));
            return names;
        }
        throw ReviewRequest.bad("'" + field + "' is a list of learner names, not " + Quote.of(node));
    }

    private Optional<Scenario> scenario(String id) {
        try {
            return Optional.of(library.scenario(id));
        } catch (UnknownScenarioException gone) {
            return Optional.empty();
        }
    }

    /** A pass mark: a whole number from 0 to 100. */
    static int passMark(String text) {
        try {
            int mark = Integer.parseInt(text.strip());
            if (mark >= 0 && mark <= 100) {
                return mark;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message below
        }
        throw new BadMessageException("bad-pass-mark", "A pass mark is a whole number from 0 to 100, not '"
                + Quote.of(text) + "'");
    }

    // A day alone means the end of that day (UTC): "due 2026-12-01" includes the 1st.
    private static Instant due(String text, Instant now) {
        Instant due;
        try {
            due = text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ReviewRequest.bad("'due' is a day like 2026-12-01 or a time like 2026-12-01T17:00:00Z, not '"
                    + Quote.of(text) + "'");
        }
        if (!due.isAfter(now)) {
            throw new BadMessageException("due-in-past", "The due date " + Quote.of(text) + " has passed (now: " + now
                    + "); pick a later one");
        }
        return due;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ReviewRequest.bad("An assignment needs a text '" + field + "', got "
                    + Quote.of(node.isMissingNode() ? "nothing" : node));
        }
        return node.asText().strip();
    }
}

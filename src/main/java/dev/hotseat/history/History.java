package dev.hotseat.history;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Polarity;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's history and progress, from their stored sessions. Only the final branch counts (tries are set
 * aside), and a session with no reply is left out everywhere: it says nothing about the learner.
 */
public final class History {
    private static final int HIGHLIGHTS = 3;
    private final HistoryStore store;
    private final PromptLibrary library;

    public History(HistoryStore store, PromptLibrary library) {
        this.store = store;
        this.library = library;
    }

    /** The owner's sessions, newest first; {@code scenario} (may be null or blank) keeps only that scenario's. */
    public List<SessionSummary> sessions(String owner, String scenario) {
        Map<String, List<String>> reviewers = store.reviewers(owner);
        return rows(owner, scenario).stream().map(r -> summary(r, reviewers.getOrDefault(r.session(), List.of()))).toList();
    }

    /** The owner's finished sessions as a per-skill trend, oldest first, with overall strengths and practise-next. */
    public Progress progress(String owner, String scenario) {
        List<HistoryStore.Row> finished = new ArrayList<>(rows(owner, scenario).stream()
                .filter(r -> r.outcome() != null).toList());
        finished.sort(Comparator.comparing(HistoryStore.Row::started));
        Map<String, List<Grade>> grades = store.grades(finished.stream().map(HistoryStore.Row::session).toList());
        Map<String, Tally> skills = new LinkedHashMap<>();
        List<Progress.Point> points = new ArrayList<>();
        for (int i = 0; i < finished.size(); i++) {
            HistoryStore.Row row = finished.get(i);
            points.add(new Progress.Point(row.session(), row.scenario(), title(row.scenario()), row.started(),
                    row.reportScore() == null ? 0 : row.reportScore()));
            for (Grade grade : grades.getOrDefault(row.session(), List.of())) {
                for (CriterionResult c : grade.criteria()) {
                    skills.computeIfAbsent(c.id(), id -> new Tally(finished.size())).add(i, c);
                }
            }
        }
        List<Progress.SkillTrend> trends = skills.entrySet().stream().map(e -> e.getValue().trend(e.getKey())).toList();
        List<Progress.Highlight> strengths = skills.entrySet().stream()
                .filter(e -> e.getValue().positive() && e.getValue().percent() > 0)
                .sorted(Comparator.comparingInt(e -> -e.getValue().percent()))
                .limit(HIGHLIGHTS).map(e -> e.getValue().highlight(e.getKey())).toList();
        // Habits to drop first (most frequent first), then the skills shown least.
        List<Progress.Highlight> next = new ArrayList<>();
        skills.entrySet().stream().filter(e -> !e.getValue().positive() && e.getValue().percent() > 0)
                .sorted(Comparator.comparingInt(e -> -e.getValue().percent()))
                .forEach(e -> next.add(e.getValue().highlight(e.getKey())));
        skills.entrySet().stream().filter(e -> e.getValue().positive())
                .filter(e -> strengths.stream().noneMatch(s -> s.id().equals(e.getKey())))
                .sorted(Comparator.comparingInt(e -> e.getValue().percent()))
                .forEach(e -> next.add(e.getValue().highlight(e.getKey())));
        return new Progress(points, trends, strengths, next.stream().limit(HIGHLIGHTS).toList());
    }

    private List<HistoryStore.Row> rows(String owner, String scenario) {
        return store.sessions(owner).stream()
                .filter(r -> scenario == null || scenario.isBlank() || r.scenario().equals(scenario))
                .toList();
    }

    private SessionSummary summary(HistoryStore.Row row, List<String> reviewedBy) {
        Optional<Scenario> scenario = scenario(row.scenario());
        Integer score = row.outcome() != null ? row.reportScore()
                : row.mode().equals("exam") || row.meanSoFar() == null ? null : (int) Math.round(row.meanSoFar());
        // The learner is told when a coach's marks changed the score, and from what.
        Integer automatic = score != null && !reviewedBy.isEmpty() && !score.equals(row.automaticScore())
                ? row.automaticScore() : null;
        return new SessionSummary(row.session(), row.scenario(), scenario.map(Scenario::title).orElse(row.scenario()),
                scenario.map(s -> s.mode().name().toLowerCase(java.util.Locale.ROOT)).orElse(""), row.mode(),
                row.started(), row.ended(), row.outcome(), score, row.replies(), reviewedBy, automatic);
    }

    private String title(String id) {
        return scenario(id).map(Scenario::title).orElse(id);
    }

    // A scenario file renamed or removed since: the history still lists the session under its id.
    private Optional<Scenario> scenario(String id) {
        try {
            return Optional.of(library.scenario(id));
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** One skill across the sessions: replies that showed it, out of replies graded on it. */
    private static final class Tally {
        private final int[] shown;
        private final int[] graded;
        private String name = "";
        private String tip = "";
        private Polarity polarity = Polarity.POSITIVE;

        Tally(int sessions) {
            shown = new int[sessions];
            graded = new int[sessions];
        }

        void add(int session, CriterionResult c) {
            graded[session]++;
            shown[session] += c.detected() ? 1 : 0;
            polarity = c.polarity();
            name = c.name().isBlank() ? name : c.name();
            tip = c.tip() == null || c.tip().isBlank() ? tip : c.tip();
        }

        boolean positive() {
            return polarity == Polarity.POSITIVE;
        }

        int percent() {
            int all = java.util.Arrays.stream(graded).sum();
            return all == 0 ? 0 : (int) Math.round(100.0 * java.util.Arrays.stream(shown).sum() / all);
        }

        Progress.SkillTrend trend(String id) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < graded.length; i++) {
                values.add(graded[i] == 0 ? null : (int) Math.round(100.0 * shown[i] / graded[i]));
            }
            return new Progress.SkillTrend(id, display(id), positive() ? "positive" : "negative", values);
        }

        Progress.Highlight highlight(String id) {
            return new Progress.Highlight(id, display(id), percent(), tip);
        }

        private String display(String id) {
            return name.isBlank() ? id.replace('-', ' ').replace('_', ' ') : name;
        }
    }
}

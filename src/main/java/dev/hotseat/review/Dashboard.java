package dev.hotseat.review;

import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.review.Practices.Practice;
import dev.hotseat.persona.Scenario;
import dev.hotseat.store.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cohort's figures for coaches. A practice is a session with at least one graded reply; its score is the
 * mean of its replies' scores after coaches' marks; it passes at the pass mark unless a coach's verdict says
 * otherwise; it dropped off when the learner ended it, or left it, before it was resolved.
 */
public final class Dashboard {
    private static final int TREND_POINTS = 20;
    private static final int WEAKEST = 5;
    private static final int RECENT = 100;
    private final PromptLibrary library;
    private final Practices practices;
    private final People people;

    public Dashboard(Database db, CriterionTally tally, PromptLibrary library, People people) {
        this.library = library;
        this.practices = new Practices(db, tally, people);
        this.people = people;
    }

    /** Figures over a set of practices. */
    public record Figures(int practices, int learners, Integer averageScore, Integer passRate, int droppedOff,
                          Integer dropOffRate) {
        static Figures of(List<Practice> practices, int passMark) {
            int n = practices.size();
            int learners = (int) practices.stream().map(Practice::learner).filter(l -> l != null).distinct().count();
            int passed = (int) practices.stream().filter(p -> p.passed(passMark)).count();
            int dropped = (int) practices.stream().filter(Practice::droppedOff).count();
            Integer average = n == 0 ? null
                    : (int) Math.round(practices.stream().mapToDouble(Practice::score).average().orElse(0));
            return new Figures(n, learners, average, percent(passed, n), dropped, percent(dropped, n));
        }
    }

    /** A scenario's figures. */
    public record ScenarioFigures(String scenario, String title, Figures figures) {
    }

    /** A criterion, weakest first: how often it went right (a skill shown, a habit avoided). */
    public record CriterionFigures(String criterion, String name, String polarity, int graded, int shown, Integer rightRate) {
    }

    /** One learner's practices over time. */
    public record LearnerFigures(String learner, Figures figures, List<Point> trend) {
    }

    /** A practice on a learner's trend line. */
    public record Point(String at, String scenario, int score) {
    }

    /** Everything on the dashboard; {@code distribution} counts practices by score, 0–9, 10–19, …, 90–100. */
    public record View(DashboardFilter filter, Figures overall, List<ScenarioFigures> scenarios,
                       List<CriterionFigures> weakest, int[] distribution, List<LearnerFigures> learners) {
    }

    public View view(DashboardFilter filter) {
        List<Practice> counted = practices(filter);
        int mark = filter.passMark();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Scenario s : library.scenarios()) {
            titles.put(s.id(), s.title());
        }
        List<ScenarioFigures> scenarios = new ArrayList<>();
        group(counted, Practice::scenario).forEach((id, list) ->
                scenarios.add(new ScenarioFigures(id, titles.getOrDefault(id, id), Figures.of(list, mark))));
        int[] distribution = new int[10];
        counted.forEach(p -> distribution[Math.min(9, (int) p.score() / 10)]++);
        List<LearnerFigures> learners = new ArrayList<>();
        group(counted.stream().filter(p -> p.learner() != null).toList(), Practice::learner).forEach((learner, list) ->
                learners.add(new LearnerFigures(learner, Figures.of(list, mark), trend(list))));
        return new View(filter, Figures.of(counted, mark), scenarios, weakest(counted), distribution, learners);
    }

    /** Every counted session, oldest first. */
    List<Practice> practices(DashboardFilter filter) {
        List<Object> values = new ArrayList<>();
        String where = practices.where(filter, values);
        return practices.find(where, values.toArray());
    }

    /** The newest practices, of one learner or of everyone, for a coach choosing one to review. */
    List<Practice> recent(String learner) {
        List<Practice> found = learner == null || learner.isBlank() ? practices.find("1 = 1")
                : practices.find(people.ownerColumn() + " = ?", learner.strip());
        List<Practice> newest = new ArrayList<>(found.subList(Math.max(0, found.size() - RECENT), found.size()));
        java.util.Collections.reverse(newest);
        return newest;
    }

    private List<CriterionFigures> weakest(List<Practice> counted) {
        Map<String, int[]> sums = new HashMap<>();
        counted.forEach(p -> Tally.addTo(p.criteria(), sums));
        Map<String, String> names = CriterionNames.of(library);
        List<CriterionFigures> rows = new ArrayList<>();
        sums.forEach((id, sum) -> {
            boolean habit = sum[2] == 1;
            rows.add(new CriterionFigures(id, names.getOrDefault(id, id), habit ? "negative" : "positive", sum[0], sum[1],
                    percent(habit ? sum[0] - sum[1] : sum[1], sum[0])));
        });
        return rows.stream().sorted(Comparator.comparingInt((CriterionFigures c) -> c.rightRate() == null ? 101 : c.rightRate())
                .thenComparing(CriterionFigures::criterion)).limit(WEAKEST).toList();
    }

    private static List<Point> trend(List<Practice> practices) {
        return practices.subList(Math.max(0, practices.size() - TREND_POINTS), practices.size()).stream()
                .map(p -> new Point(p.started(), p.scenario(), (int) Math.round(p.score()))).toList();
    }

    private static <K> Map<K, List<Practice>> group(List<Practice> practices, Function<Practice, K> key) {
        Map<K, List<Practice>> groups = new TreeMap<>();
        practices.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        return groups;
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}

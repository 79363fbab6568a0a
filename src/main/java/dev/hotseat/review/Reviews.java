package dev.hotseat.review;

import dev.hotseat.conversation.ReportWriter;
import dev.hotseat.conversation.SessionMode;
import dev.hotseat.conversation.SessionReport;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Turn;
import dev.hotseat.conversation.UnknownSessionException;
import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Grade;
import dev.hotseat.persona.Rubric;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.Scenario;
import dev.hotseat.persona.UnknownScenarioException;
import dev.hotseat.input.BadMessageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Coach review of one session: what the coach sees, what a coach may change, what the learner then sees. */
public record Reviews(SessionStore sessions, PromptLibrary library, ReviewStore store) {
    /** A turn with the evaluator's grade and the grade after coaches' marks (the same when unmarked). */
    public record ReviewedTurn(int index, String speaker, String text, Grade grade, Grade adjusted) {
    }

    /** A criterion of the session's rubric, as the review form lists it. */
    public record RubricCriterion(String id, String name, String polarity, int weight) {
    }

    /**
     * The session as a coach reviews it: every grade, even an exam's still going on.
     *
     * @param rubric the rubric's id, where a coach's "this grade is wrong" is saved as an example (null when the
     *               scenario is gone)
     */
    public record CoachView(String session, String scenario, String title, String mode, String outcome,
                            List<RubricCriterion> criteria, List<ReviewedTurn> turns, SessionReview review,
                            Integer evaluatorScore, Integer score, String rubric) {
    }

    /**
     * What the learner sees of the coaches' word: marks, comments, verdict, adjusted scores and report.
     *
     * @param hidden true while an exam goes on: coaches' marks wait with the grades until it ends
     */
    public record LearnerView(String session, boolean hidden, SessionReview review, Map<Integer, Integer> scores,
                              Integer score, SessionReport report) {
    }

    public CoachView coachView(String id) {
        StoredSession stored = load(id);
        Optional<Scenario> scenario = scenario(stored);
        Optional<Rubric> rubric = scenario.map(s -> library.rubric(s.rubric()));
        SessionReview review = store.load(id);
        List<ReviewedTurn> turns = adjusted(stored, rubric, review);
        List<RubricCriterion> criteria = rubric.map(r -> r.criteria().stream()
                .map(c -> new RubricCriterion(c.id(), c.name(), c.polarity().wire(), c.weight())).toList()).orElse(List.of());
        return new CoachView(id, stored.scenarioId(), scenario.map(Scenario::title).orElse(stored.scenarioId()),
                stored.mode().wire(), stored.outcome() == null ? null : stored.outcome().wire(), criteria, turns, review,
                average(turns, false), average(turns, true), scenario.map(Scenario::rubric).orElse(null));
    }

    /** Checks every change against the session and its rubric, then stores all of them or none. */
    public SessionReview save(String id, ReviewRequest request) {
        StoredSession stored = load(id);
        Map<Integer, Turn> graded = stored.turns().stream().filter(Turn::byLearner)
                .collect(Collectors.toMap(Turn::index, t -> t, (a, b) -> b, LinkedHashMap::new));
        for (SessionReview.Comment c : request.comments()) {
            turnOf(stored, c.turn());
        }
        Map<Integer, Integer> scores = new HashMap<>();
        if (!request.marks().isEmpty()) {
            Rubric rubric = scenario(stored).map(s -> library.rubric(s.rubric())).orElseThrow(() -> new BadMessageException(
                    "unknown-scenario", "Session '" + Quote.of(id) + "' is of scenario '" + Quote.of(stored.scenarioId())
                            + "', which is no longer in prompts/: its rubric is unknown, so no criterion can be marked"));
            for (SessionReview.Mark m : request.marks()) {
                check(stored, graded, rubric, m);
            }
            Map<Integer, List<SessionReview.Mark>> marks = merged(store.load(id).marks(), request.marks());
            for (int turn : request.marks().stream().map(SessionReview.Mark::turn).distinct().toList()) {
                scores.put(turn, AdjustedGrade.of(graded.get(turn).grade(), marks.get(turn), rubric).score());
            }
        }
        store.save(id, request.marks(), request.comments(), request.verdict(), scores);
        return store.load(id);
    }

    /** The coaches' word as the session's learner sees it. */
    public LearnerView learnerView(String id) {
        StoredSession stored = load(id);
        if (stored.mode() == SessionMode.EXAM && stored.outcome() == null) {
            return new LearnerView(id, true, SessionReview.empty(id), Map.of(), null, null);
        }
        Optional<Rubric> rubric = scenario(stored).map(s -> library.rubric(s.rubric()));
        SessionReview review = store.load(id);
        List<ReviewedTurn> turns = adjusted(stored, rubric, review);
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        turns.stream().filter(t -> t.adjusted() != null && t.adjusted() != t.grade())
                .forEach(t -> scores.put(t.index(), t.adjusted().score()));
        SessionReport report = stored.outcome() == null || review.marks().isEmpty() ? stored.report()
                : new ReportWriter().write(stored.turns().stream().map(t -> withAdjusted(t, turns)).toList(),
                        stored.outcome(), rubric.orElse(null));
        return new LearnerView(id, false, review, scores, average(turns, true), report);
    }

    private static Turn withAdjusted(Turn t, List<ReviewedTurn> turns) {
        Grade adjusted = turns.get(t.index()).adjusted();
        return adjusted == null ? t : t.withGrade(adjusted);
    }

    private static void check(StoredSession stored, Map<Integer, Turn> graded, Rubric rubric, SessionReview.Mark m) {
        turnOf(stored, m.turn());
        if (graded.get(m.turn()).grade() == null) {
            throw new BadMessageException("unknown-turn", "Turn " + m.turn() + " of session '" + Quote.of(stored.id())
                    + "' has no grade yet, so there is nothing to correct");
        }
        Optional<Criterion> criterion = rubric.criterion(m.criterion());
        if (criterion.isEmpty()) {
            throw new BadMessageException("unknown-criterion", "Rubric '" + rubric.id() + "' has no criterion '"
                    + Quote.of(m.criterion()) + "' (known: " + rubric.criteria().stream().map(Criterion::id)
                    .collect(Collectors.joining(", ")) + ")");
        }
        // Agreeing with the automatic grade needs no explanation; overruling it does, for the learner and the figures.
        boolean automatic = graded.get(m.turn()).grade().detected(m.criterion());
        if (automatic != m.shown() && m.reason().isBlank()) {
            throw new BadMessageException("missing-reason", "A mark that disagrees with the automatic grade needs a"
                    + " one-line 'reason' (criterion '" + Quote.of(criterion.get().name()) + "', turn " + m.turn()
                    + ": the automatic grade said " + (automatic ? "shown" : "not shown") + ")");
        }
    }

    private static Turn turnOf(StoredSession stored, int index) {
        List<Integer> replies = stored.turns().stream().filter(Turn::byLearner).map(Turn::index).toList();
        if (!replies.contains(index)) {
            throw new BadMessageException("unknown-turn", "Session '" + Quote.of(stored.id()) + "' has no reply at turn "
                    + index + " (the learner's replies are turns " + (replies.isEmpty() ? "none yet" : replies) + ")");
        }
        return stored.turns().get(index);
    }

    private static Map<Integer, List<SessionReview.Mark>> merged(List<SessionReview.Mark> old, List<SessionReview.Mark> added) {
        Map<String, SessionReview.Mark> latest = new LinkedHashMap<>();
        for (SessionReview.Mark m : old) {
            latest.put(m.turn() + "/" + m.criterion(), m);
        }
        for (SessionReview.Mark m : added) {
            latest.put(m.turn() + "/" + m.criterion(), m);
        }
        return latest.values().stream().collect(Collectors.groupingBy(SessionReview.Mark::turn));
    }

    private static List<ReviewedTurn> adjusted(StoredSession stored, Optional<Rubric> rubric, SessionReview review) {
        Map<Integer, List<SessionReview.Mark>> marks = review.marks().stream()
                .collect(Collectors.groupingBy(SessionReview.Mark::turn));
        List<ReviewedTurn> turns = new ArrayList<>();
        for (Turn t : stored.turns()) {
            Grade adjusted = t.grade() == null || rubric.isEmpty() ? t.grade()
                    : AdjustedGrade.of(t.grade(), marks.getOrDefault(t.index(), List.of()), rubric.get());
            turns.add(new ReviewedTurn(t.index(), t.speaker().wire(), t.text(), t.grade(), adjusted));
        }
        return turns;
    }

    private static Integer average(List<ReviewedTurn> turns, boolean adjusted) {
        var scores = turns.stream().map(t -> adjusted ? t.adjusted() : t.grade()).filter(g -> g != null)
                .mapToInt(Grade::score).summaryStatistics();
        return scores.getCount() == 0 ? null : (int) Math.round(scores.getAverage());
    }

    private Optional<Scenario> scenario(StoredSession stored) {
        try {
            return Optional.of(library.scenario(stored.scenarioId()));
        } catch (UnknownScenarioException gone) {
            return Optional.empty();
        }
    }

    private StoredSession load(String id) {
        return sessions.load(id).orElseThrow(() -> new UnknownSessionException(id));
    }
}

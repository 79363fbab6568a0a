package dev.hotseat.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How often the automatic evaluator and the coaches agree, per criterion, from every coach's mark on a learner's
 * practice. A figure from a handful of marks says nothing, so agreement and kappa are given from
 * {@link #ENOUGH_MARKS} marks of a criterion up.
 */
public final class Agreement {
    /** Marks of one criterion before its agreement is shown. */
    public static final int ENOUGH_MARKS = 10;
    private final ReviewStore reviews;
    private final Function<String, String> names;
    private final ObjectMapper json;

    /** {@code names} gives a criterion's name as its rubric writes it, from its id. */
    public Agreement(ReviewStore reviews, Function<String, String> names, ObjectMapper json) {
        this.reviews = reviews;
        this.names = names;
        this.json = json;
    }

    /**
     * Per criterion: its name, n, percent agreement and kappa, and the turns where they disagree.
     *
     * @param percent    0–100; null below {@link #ENOUGH_MARKS} marks
     * @param kappa      null below {@link #ENOUGH_MARKS} marks, or when undefined (see {@link Kappa})
     * @param needed     how many marks a figure needs ({@link #ENOUGH_MARKS})
     */
    public record Row(String criterion, String name, int n, int agreed, Double percent, Double kappa, int needed,
                      List<Disagreement> disagreements) {
    }

    /** A turn where the evaluator and a coach said different things, with the coach's reason. */
    public record Disagreement(String session, int turn, boolean evaluator, boolean coach, String reason, String by,
                               String evidence) {
    }

    /** The figures, criteria sorted by id. */
    public List<Row> rows() {
        Map<String, List<ReviewStore.MarkedTurn>> byCriterion = new TreeMap<>();
        for (ReviewStore.MarkedTurn m : reviews.allMarks()) {
            byCriterion.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
        }
        List<Row> rows = new ArrayList<>();
        byCriterion.forEach((criterion, marks) -> rows.add(row(criterion, marks)));
        return rows;
    }

    private Row row(String criterion, List<ReviewStore.MarkedTurn> marks) {
        boolean[] evaluator = new boolean[marks.size()];
        boolean[] coach = new boolean[marks.size()];
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            ReviewStore.MarkedTurn m = marks.get(i);
            JsonNode found = criterionIn(m.gradeJson(), criterion);
            evaluator[i] = found.path("detected").asBoolean(false);
            coach[i] = m.shown();
            if (evaluator[i] != coach[i]) {
                disagreements.add(new Disagreement(m.session(), m.turn(), evaluator[i], coach[i], m.reason(), m.coach(),
                        found.path("evidence").asText("")));
            }
        }
        Kappa k = Kappa.of(evaluator, coach);
        boolean enough = k.n() >= ENOUGH_MARKS;
        return new Row(criterion, names.apply(criterion), k.n(), k.agreed(), enough ? k.percent() : null,
                enough ? k.kappa() : null, ENOUGH_MARKS, disagreements);
    }

    private JsonNode criterionIn(String gradeJson, String criterion) {
        try {
            for (JsonNode c : json.readTree(gradeJson).path("criteria")) {
                if (criterion.equals(c.path("id").asText())) {
                    return c;
                }
            }
            return json.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot read a stored grade: " + e.getOriginalMessage(), e);
        }
    }
}

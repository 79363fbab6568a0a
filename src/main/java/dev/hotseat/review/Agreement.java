package dev.hotseat.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How often the automatic evaluator and the coaches agree, per criterion, from every coach's mark. */
public final class Agreement {
    private final ReviewStore reviews;
    private final ObjectMapper json;

    public Agreement(ReviewStore reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    /**
     * Per criterion: n, percent agreement and kappa, and the turns where they disagree.
     *
     * @param percent    0–100, null when n is 0
     * @param kappa      null when undefined (see {@link Kappa})
     */
    public record Row(String criterion, int n, int agreed, Double percent, Double kappa, List<Disagreement> disagreements) {
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
        return new Row(criterion, k.n(), k.agreed(), k.percent(), k.kappa(), disagreements);
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

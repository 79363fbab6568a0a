package dev.hotseat.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hotseat.conversation.SessionStore;
import dev.hotseat.conversation.StoredSession;
import dev.hotseat.core.Turn;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.UnknownScenarioException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coaches' marks as labelled examples in the format of {@code src/test/resources/labelled/*.jsonl}: one reply per
 * line with what the persona had just said, and a 0/1 label per criterion a coach marked (criteria nobody marked
 * are left out rather than guessed). Every line goes to the "tune" split; the held-out split stays hand-made.
 */
public record LabelledExport(ReviewStore reviews, SessionStore sessions, PromptLibrary library,
                             ObjectMapper json) {
    /** The JSONL text, one reviewed reply per line. */
    public String jsonl() {
        Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
        for (ReviewStore.MarkedTurn m : reviews.allMarks()) {
            labels.computeIfAbsent(m.session() + "/" + m.turn(), k -> new LinkedHashMap<>()).put(m.criterion(), m.shown() ? 1 : 0);
        }
        StringBuilder out = new StringBuilder();
        Map<String, Optional<StoredSession>> loaded = new LinkedHashMap<>();
        labels.forEach((key, marks) -> {
            String session = key.substring(0, key.lastIndexOf('/'));
            int turn = Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
            // A session whose scenario is gone has no known rubric mode, so its labels cannot be placed.
            loaded.computeIfAbsent(session, sessions::load).filter(this::scenarioKnown)
                    .ifPresent(stored -> out.append(line(stored, turn, marks)).append('\n'));
        });
        return out.toString();
    }

    private String line(StoredSession stored, int turn, Map<String, Integer> marks) {
        List<Turn> turns = stored.turns();
        Turn reply = turns.get(turn);
        String context = turns.subList(0, turn).stream().filter(t -> !t.byLearner()).reduce((a, b) -> b)
                .map(Turn::text).orElse("");
        ObjectNode item = json.createObjectNode()
                .put("id", "review-" + stored.id() + "-" + turn)
                .put("split", "tune")
                .put("mode", library.scenario(stored.scenarioId()).mode().wire())
                .put("context", context)
                .put("reply", reply.text())
                .put("offTask", reply.grade() != null && reply.grade().offTask());
        ObjectNode labelNode = item.putObject("labels");
        marks.forEach(labelNode::put);
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A labelled line could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private boolean scenarioKnown(StoredSession stored) {
        try {
            library.scenario(stored.scenarioId());
            return true;
        } catch (UnknownScenarioException gone) {
            return false;
        }
    }
}

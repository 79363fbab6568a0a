package dev.hotseat.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/** The judge's structured answer, as the JSON schema in {@link JudgeRequest} asks for it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record JudgeAnswer(List<Verdict> criteria, String summary, String rewrite,
                   @JsonProperty("addressed_to_grader") boolean addressedToGrader) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The judge's verdict on one criterion. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verdict(String id, boolean detected, String evidence, String reason, String tip) {
        Verdict {
            evidence = evidence == null ? "" : evidence;
            reason = reason == null ? "" : reason.strip();
            tip = tip == null ? "" : tip.strip();
        }
    }

    JudgeAnswer {
        criteria = criteria == null ? List.of() : criteria.stream().filter(v -> v != null && v.id() != null).toList();
        summary = summary == null ? "" : summary.strip();
        rewrite = rewrite == null ? "" : rewrite.strip();
    }

    Optional<Verdict> verdict(String id) {
        return criteria.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * Reads the model's text; tolerates a Markdown code fence around the JSON (some local models add one).
     *
     * @throws IllegalArgumentException quoting the start of the text when it is not the asked-for JSON
     */
    static JudgeAnswer parse(String text) {
        String body = text == null ? "" : text.strip();
        int open = body.indexOf('{');
        int close = body.lastIndexOf('}');
        try {
            if (open < 0 || close < open) {
                throw new IllegalArgumentException("no JSON object");
            }
            JudgeAnswer answer = JSON.readValue(body.substring(open, close + 1), JudgeAnswer.class);
            if (answer.criteria().isEmpty()) {
                throw new IllegalArgumentException("no criteria in the answer");
            }
            return answer;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String start = body.length() > 120 ? body.substring(0, 120) + "…" : body;
            throw new IllegalArgumentException("not the rubric JSON asked for (" + firstLine(e.getMessage())
                    + "): \"" + start.replaceAll("\\s+", " ") + "\"", e);
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

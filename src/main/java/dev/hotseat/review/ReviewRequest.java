package dev.hotseat.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hotseat.input.BadMessageException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A coach's changes to one session as sent to {@code POST /api/coach/sessions/{id}/review}, read and checked for
 * shape; {@link Reviews} checks them against the session and its rubric.
 *
 * @param verdict null when the request gives none
 */
record ReviewRequest(List<SessionReview.Mark> marks, List<SessionReview.Comment> comments, SessionReview.Verdict verdict) {
    static final int REASON_LIMIT = 300;
    static final int COMMENT_LIMIT = 2000;

    static ReviewRequest read(JsonNode body, String coach, Instant now) {
        List<SessionReview.Mark> marks = new ArrayList<>();
        for (JsonNode m : array(body, "marks")) {
            marks.add(new SessionReview.Mark(turn(m, "mark"), text(m, "criterion", "mark"), bool(m, "shown", "mark"),
                    reason(m), coach, now));
        }
        List<SessionReview.Comment> comments = new ArrayList<>();
        for (JsonNode c : array(body, "comments")) {
            String text = text(c, "text", "comment").strip();
            if (text.length() > COMMENT_LIMIT) {
                throw bad("A comment has at most " + COMMENT_LIMIT + " characters; this one has " + text.length());
            }
            comments.add(new SessionReview.Comment(UUID.randomUUID().toString(), turn(c, "comment"), text, coach, now));
        }
        SessionReview.Verdict verdict = null;
        JsonNode v = body.path("verdict");
        if (!v.isMissingNode() && !v.isNull()) {
            String reason = v.path("reason").isTextual() ? v.path("reason").asText().strip() : "";
            verdict = new SessionReview.Verdict(bool(v, "pass", "verdict"), oneLine(reason, "verdict"), coach, now);
        }
        if (marks.isEmpty() && comments.isEmpty() && verdict == null) {
            throw bad("Nothing to save: send 'marks', 'comments' or a 'verdict' (see docs/protocol.md)");
        }
        return new ReviewRequest(marks, comments, verdict);
    }

    private static Iterable<JsonNode> array(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw bad("'" + field + "' must be a list, not " + Quote.of(node));
        }
        return node;
    }

    private static int turn(JsonNode node, String what) {
        JsonNode turn = node.path("turn");
        if (!turn.canConvertToInt() || !turn.isIntegralNumber()) {
            throw bad("A " + what + " needs a whole-number 'turn', got " + Quote.of(turn.isMissingNode() ? "nothing" : turn));
        }
        return turn.asInt();
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw bad("A " + what + " needs a text '" + field + "', got " + Quote.of(value.isMissingNode() ? "nothing" : value));
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw bad("A " + what + " needs '" + field + "': true or false, got "
                    + Quote.of(value.isMissingNode() ? "nothing" : value));
        }
        return value.asBoolean();
    }

    // A reason may be left out here: only a mark that disagrees with the automatic grade needs one (Reviews checks).
    private static String reason(JsonNode mark) {
        JsonNode value = mark.path("reason");
        if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) {
            throw bad("A mark's 'reason' is text, not " + Quote.of(value));
        }
        return oneLine(value.asText("").strip(), "mark");
    }

    private static String oneLine(String reason, String what) {
        if (reason.contains("\n") || reason.length() > REASON_LIMIT) {
            throw bad("A " + what + "'s reason is one line of at most " + REASON_LIMIT + " characters: '"
                    + Quote.of(reason) + "'");
        }
        return reason;
    }

    static BadMessageException bad(String message) {
        return new BadMessageException("bad-message", message);
    }
}

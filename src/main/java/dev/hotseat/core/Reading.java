package dev.hotseat.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one learner reply does, read once (by the evaluator's reader) and stored with the turn: for each part of
 * the reply (a clause), the acts it performs with a confidence, and what it matches in the scenario. The grade,
 * the partner, the rewrite and the reports all read this; nothing else interprets the learner's words.
 *
 * <p>A confidence is calibrated so that 0.5 is the act's cut: at or above it, the act is shown.
 *
 * @param mode       "customer" or "interview"
 * @param parts      the reply's clauses in order, each with its acts
 * @param matches    scenario matches: an offer that meets the want ({@code offer}), one beyond policy
 *                   ({@code beyond}), a policy option ({@code policy}), a question that asks for a hidden fact
 *                   ({@code asks}), a coach's example ({@code example})
 * @param english    false when the reply is not in English (it is then read no further)
 * @param graderTalk the words that address the grader instead of the person ("" when none)
 * @param reader     which reader read it (its version), so a stored reading can be told from a newer one
 */
public record Reading(String mode, List<Part> parts, List<Match> matches, boolean english, String graderTalk,
                      String reader) {

    /** The confidence at and above which an act counts as shown. */
    public static final double SHOWN = 0.5;

    public Reading {
        parts = parts == null ? List.of() : List.copyOf(parts);
        matches = matches == null ? List.of() : List.copyOf(matches);
        graderTalk = graderTalk == null ? "" : graderTalk;
        reader = reader == null ? "" : reader;
    }

    /** A reading of nothing: no parts, no matches. */
    public static Reading empty(String mode, String reader) {
        return new Reading(mode, List.of(), List.of(), true, "", reader);
    }

    /**
     * One clause of the reply: {@code text} is {@code reply.substring(start, end)}.
     *
     * @param question the clause asks something (a question mark, or read as a question)
     * @param acts     act name → calibrated confidence, for the acts the reader found at all
     */
    public record Part(int start, int end, String text, boolean question, Map<String, Double> acts) {
        public Part {
            acts = acts == null ? Map.of() : Map.copyOf(acts);
        }

        public double confidence(String act) {
            return acts.getOrDefault(act, 0.0);
        }

        public boolean shows(String act) {
            return confidence(act) >= SHOWN;
        }
    }

    /**
     * Something in the scenario a part of the reply means.
     *
     * @param kind  "offer", "beyond", "policy", "asks" or "example"
     * @param id    which one: the want's phrasing, a policy line's number, a hidden fact's id, a criterion id
     * @param score how close, 0–1 (calibrated like act confidences: 0.5 is the cut)
     * @param part  the index of the part that matched
     */
    public record Match(String kind, String id, double score, int part) {
    }

    /** True when any part shows the act. */
    public boolean shows(String act) {
        return parts.stream().anyMatch(p -> p.shows(act));
    }

    /** The highest confidence any part has for the act (0 when none). */
    public double confidence(String act) {
        return parts.stream().mapToDouble(p -> p.confidence(act)).max().orElse(0.0);
    }

    /** The part that shows the act most clearly, if any shows it. */
    public Optional<Part> evidence(String act) {
        return parts.stream().filter(p -> p.shows(act))
                .max((a, b) -> Double.compare(a.confidence(act), b.confidence(act)));
    }

    /** The best match of this kind, if any reached its cut. */
    public Optional<Match> match(String kind) {
        return matches.stream().filter(m -> m.kind().equals(kind) && m.score() >= SHOWN)
                .max((a, b) -> Double.compare(a.score(), b.score()));
    }

    /** True when a match of this kind and id reached its cut. */
    public boolean matches(String kind, String id) {
        return matches.stream().anyMatch(m -> m.kind().equals(kind) && m.id().equals(id) && m.score() >= SHOWN);
    }

    /** True when the reply speaks to the grader rather than to the person. */
    @JsonIgnore
    public boolean offTask() {
        return !graderTalk.isEmpty();
    }

    /** True when some part asks a question. */
    @JsonIgnore
    public boolean asks() {
        return parts.stream().anyMatch(Part::question);
    }
}

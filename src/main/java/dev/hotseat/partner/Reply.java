package dev.hotseat.partner;

import dev.hotseat.core.CriterionResult;
import dev.hotseat.core.Grade;
import dev.hotseat.core.Reading;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One learner reply as the partner hears it: its {@link Reading} (what each clause does, what it matches in the
 * scenario), and the words only to quote them back. The director decides from the reading alone.
 *
 * @param text the reply as typed, for quoting
 */
record Reply(Reading reading, String text) {
    /** Acts that move a customer's problem on, as opposed to acknowledging feelings. */
    static final List<String> ACTION = List.of("solution", "ownership", "clarify", "restate", "collaborate", "firm",
            "followup");
    /** Acts that show the customer they were heard: sorry, sympathy, and plainly taking it on ("That's on us"). */
    static final List<String> HEARING = List.of("empathy", "apology", "ownership");
    /** A part this close to one of the scenario's own phrasings says that thing, however else the reader read it. */
    static final double PLAINLY = 0.9;
    /** Acts an interviewer counts as a skill shown. */
    static final List<String> SKILLS = List.of("calm", "listen", "empathy", "restate", "clarify", "solution",
            "ownership", "firm", "escalate", "followup", "star");

    Reply {
        text = text == null ? "" : text;
    }

    /**
     * The reply read from its grade. A grade stored before readings existed (or one that carries none) is read
     * from its detected criteria, as one part showing each, so an old session resumes in the same spirit.
     */
    static Reply of(Grade grade, String text) {
        if (grade != null && grade.reading() != null) {
            return new Reply(grade.reading(), text);
        }
        String t = text == null ? "" : text;
        if (grade == null) {
            return new Reply(Reading.empty("customer", "none"), t);
        }
        Map<String, Double> acts = new LinkedHashMap<>();
        grade.criteria().stream().filter(CriterionResult::detected).forEach(c -> acts.put(c.id(), 0.9));
        Reading.Part whole = new Reading.Part(0, t.length(), t, t.indexOf('?') >= 0, acts);
        boolean english = !grade.criteria().isEmpty() || grade.offTask() || grade.score() > 0;
        return new Reply(new Reading("customer", List.of(whole), List.of(), english,
                grade.offTask() ? "(to the grader)" : "", "grade"), t);
    }

    boolean shows(String act) {
        return reading.shows(act);
    }

    boolean english() {
        return reading.english();
    }

    /** Words aimed at the grader rather than the person. */
    boolean offTask() {
        return reading.offTask();
    }

    /** Blame, arguing or talking down. */
    boolean rude() {
        return shows("blame") || shows("condescend");
    }

    /** Something a person holds against the rep: rudeness, a brush-off, or talk that isn't to them. */
    boolean fault() {
        return rude() || shows("deflect") || offTask();
    }

    /** The reply acknowledged the person (sorry, sympathy, taking it on), without a fault in it. */
    boolean hears() {
        return !fault() && HEARING.stream().anyMatch(this::shows);
    }

    /** Acknowledges feelings but moves nothing on: no action, no offer. */
    boolean bareAcknowledgement() {
        return (shows("empathy") || shows("apology")) && !fault() && ACTION.stream().noneMatch(this::shows)
                && !offers();
    }

    /** No act shown and nothing matched: the reply ignored what they said. */
    boolean empty() {
        return reading.parts().stream().noneMatch(p -> p.acts().values().stream().anyMatch(c -> c >= Reading.SHOWN))
                && reading.matches().stream().noneMatch(m -> m.score() >= Reading.SHOWN);
    }

    /**
     * The part that offers what the customer wants: the reader reads it as an offer, and it means the want's offer
     * more than a promise beyond policy (a part close to both is judged by the closer).
     */
    Optional<Reading.Part> wantOffer() {
        return bestPart("offer", "beyond");
    }

    /**
     * The part that promises more than the policy allows: meaning a beyond-policy phrasing more than the want's offer
     * and more than any option the policy does allow, or read as an over-promise more than as a follow-up ("I'll call
     * you tomorrow myself" promises a call, not the moon) and no nearer an option the policy allows.
     */
    Optional<Reading.Part> beyond() {
        return bestPart("beyond", "offer").filter(p -> score("beyond", index(p)) >= score("policy", index(p)))
                .or(() -> reading.evidence("overpromise")
                        .filter(p -> p.confidence("overpromise") >= p.confidence("followup"))
                        .filter(p -> score("policy", index(p)) < Reading.SHOWN
                                || score("policy", index(p)) <= score("beyond", index(p))));
    }

    /** The part that promises without saying what ("I'll get it sorted"). */
    Optional<Reading.Part> vague() {
        return reading.evidence("vague");
    }

    /** The policy lines a part offering something matches, by number (1 = the first). */
    Set<Integer> policies() {
        Set<Integer> out = new TreeSet<>();
        reading.matches().stream().filter(m -> m.kind().equals("policy") && m.score() >= Reading.SHOWN)
                .filter(m -> offering(m.part()))
                .forEach(m -> out.add(Integer.parseInt(m.id())));
        return out;
    }

    /** True when some part offers something (an offer read, or an offer matched). */
    boolean offers() {
        return shows("solution") || wantOffer().isPresent() || beyond().isPresent() || !policies().isEmpty();
    }

    /** The hidden fact a question asks for, if a question part matches one at least this closely. */
    Optional<Reading.Match> asksFor(double cut) {
        return reading.matches().stream()
                .filter(m -> m.kind().equals("asks") && m.score() >= cut && question(m.part()))
                .max(Comparator.comparingDouble(Reading.Match::score));
    }

    /** A listed anger the reply touches (its number, 1 = the first), in a part that does nothing kind. */
    Optional<Integer> anger() {
        return reading.matches().stream().filter(m -> m.kind().equals("anger") && m.score() >= Reading.SHOWN)
                .filter(m -> m.part() >= 0 && m.part() < reading.parts().size())
                .filter(m -> !kind(reading.parts().get(m.part())))
                .max(Comparator.comparingDouble(Reading.Match::score)).map(m -> Integer.parseInt(m.id()));
    }

    /** True when some part asks something. */
    boolean asks() {
        return reading.asks();
    }

    /** The text of the part that shows the act most clearly, or "". */
    String evidence(String act) {
        return reading.evidence(act).map(Reading.Part::text).orElse("");
    }

    private boolean question(int part) {
        return part >= 0 && part < reading.parts().size() && reading.parts().get(part).question();
    }

    private static boolean kind(Reading.Part part) {
        return HEARING.stream().anyMatch(part::shows) || part.shows("solution");
    }

    /**
     * The part with the best match of this kind at its cut that the reader reads as offering something and that
     * means this kind at least as much as the rival kind.
     */
    private Optional<Reading.Part> bestPart(String kind, String rival) {
        return reading.matches().stream()
                .filter(m -> m.kind().equals(kind) && m.score() >= Reading.SHOWN)
                .filter(m -> offering(m.part()) || (m.score() >= PLAINLY && !asking(m.part())))
                .filter(m -> m.score() >= score(rival, m.part()))
                .max(Comparator.comparingDouble(Reading.Match::score))
                .map(m -> reading.parts().get(m.part()));
    }

    private int index(Reading.Part part) {
        return reading.parts().indexOf(part);
    }

    private double score(String kind, int part) {
        return reading.matches().stream().filter(m -> m.kind().equals(kind) && m.part() == part)
                .mapToDouble(Reading.Match::score).max().orElse(0);
    }

    /** The reader reads the part as offering something (a fix, or a promise), not as asking what they need. */
    private boolean offering(int part) {
        return part >= 0 && part < reading.parts().size() && !asking(part)
                && (reading.parts().get(part).shows("solution") || reading.parts().get(part).shows("overpromise"));
    }

    private boolean asking(int part) {
        return part >= 0 && part < reading.parts().size() && reading.parts().get(part).shows("clarify");
    }
}

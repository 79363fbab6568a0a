package dev.hotseat.evaluation;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.Criterion;
import java.util.Optional;

/**
 * What the reading says of one criterion: shown or not, how sure, the part of the reply that shows it, and, when a
 * shown act is not credited, why ("you said this already", "that promises more than the policy allows").
 */
record Verdict(Criterion criterion, boolean shown, double confidence, Reading.Part evidence, String withheld) {

    static Verdict of(Criterion c, Reading reading) {
        Reading.Part best = null;
        double confidence = 0;
        for (Reading.Part part : reading.parts()) {
            for (String act : readsOf(c)) {
                if (part.confidence(act) > confidence) {
                    confidence = part.confidence(act);
                    best = part;
                }
            }
        }
        boolean shown = confidence >= Reading.SHOWN;
        return new Verdict(c, shown, confidence, shown ? best : null, "");
    }

    /**
     * The acts that count for the criterion: those it names, and its own id when it has examples (the example
     * layer files its verdict under the id). A coach who points a criterion at other acts and drops its examples
     * gets exactly the acts named.
     */
    private static java.util.List<String> readsOf(Criterion c) {
        boolean examples = !c.exemplars().isEmpty() || !c.counterExemplars().isEmpty();
        return c.reads().contains(c.id()) || !examples ? c.reads()
                : java.util.stream.Stream.concat(c.reads().stream(), java.util.stream.Stream.of(c.id())).toList();
    }

    /** The same verdict, not credited, with the reason the learner reads. */
    Verdict withhold(String why) {
        return new Verdict(criterion, false, confidence, evidence, why);
    }

    String quote() {
        return evidence == null ? "" : evidence.text();
    }

    Optional<Reading.Part> part() {
        return Optional.ofNullable(evidence);
    }
}

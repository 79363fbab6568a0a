package dev.hotseat.evaluation;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parts of a reply mean in this scenario, by comparing them with the scenario's own phrasings: an offer
 * that meets what the customer wants ({@code acceptedIf}), a promise beyond policy ({@code beyondPolicy}), one of
 * the policy's options, a question that would bring out a hidden fact ({@code askedBy}). Only parts the reader
 * already read as an offer are compared with offers, and only questions with questions, so "we can't refund both"
 * (holding a limit) never matches "refund both charges".
 */
final class ScenarioMatcher {

    /** Cosine at which a part means the phrasing, per kind (0.5 confidence there). */
    static final double OFFER_CUT = 0.62;
    static final double BEYOND_CUT = 0.66;
    static final double POLICY_CUT = 0.62;
    static final double ASKS_CUT = 0.58;
    static final double ANGER_CUT = 0.62;
    private static final double STEEPNESS = 12;
    private static final List<String> OFFERING = List.of("solution", "overpromise", "vague", "ownership", "collaborate");

    private final Phrasings phrasings;
    private final Scenario scenario;

    ScenarioMatcher(Phrasings phrasings, Scenario scenario) {
        this.phrasings = phrasings;
        this.scenario = scenario;
    }

    List<Reading.Match> matches(List<Reading.Part> parts, List<float[]> vectors) {
        List<Reading.Match> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Reading.Part part = parts.get(i);
            float[] v = vectors.get(i);
            if (offering(part)) {
                add(out, "offer", "want", best(scenario.wants() == null ? List.of() : scenario.wants().acceptedIf(), v),
                        OFFER_CUT, i);
                add(out, "beyond", "policy", best(scenario.beyondPolicy(), v), BEYOND_CUT, i);
                for (int p = 0; p < scenario.policy().size(); p++) {
                    add(out, "policy", Integer.toString(p + 1), best(List.of(scenario.policy().get(p)), v), POLICY_CUT, i);
                }
            }
            // Anything may touch what makes this customer angrier ("wait for the next billing cycle").
            for (int a = 0; a < scenario.angers().size(); a++) {
                add(out, "anger", Integer.toString(a + 1), best(List.of(scenario.angers().get(a)), v), ANGER_CUT, i);
            }
            if (part.question()) {
                for (Scenario.HiddenFact fact : scenario.hiddenFacts()) {
                    add(out, "asks", fact.id(), best(fact.askedBy(), v), ASKS_CUT, i);
                }
            }
        }
        return out;
    }

    private static boolean offering(Reading.Part part) {
        double offer = OFFERING.stream().mapToDouble(part::confidence).max().orElse(0);
        return offer >= 0.35 && !part.shows("firm") && !part.shows("deflect");
    }

    private double best(List<String> phrases, float[] v) {
        double best = -1;
        for (float[] p : phrasings.vectors(phrases == null ? List.of() : phrases)) {
            best = Math.max(best, ReaderModel.cosine(p, v));
        }
        return best;
    }

    private static void add(List<Reading.Match> out, String kind, String id, double cosine, double cut, int part) {
        if (cosine < 0) {
            return;
        }
        double score = 1 / (1 + Math.exp(-STEEPNESS * (cosine - cut)));
        if (score >= 0.1) {
            out.add(new Reading.Match(kind, id, Math.round(score * 1000) / 1000.0, part));
        }
    }
}

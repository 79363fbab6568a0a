package dev.hotseat.evaluation;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the parts of a reply mean in this scenario, by comparing them with the scenario's own phrasings: an offer
 * that meets what the customer wants ({@code acceptedIf}), a promise beyond policy ({@code beyondPolicy}), one of
 * the policy's options, a question that would bring out a hidden fact ({@code askedBy}). Only parts the reader
 * already read as an offer are compared with offers, and only questions with questions, so "we can't refund both"
 * (holding a limit) never matches "refund both charges". The want is told from its neighbours: each of the want's
 * offers uses one of the policy's options, and an offer nearer one of the others is that other option.
 */
final class ScenarioMatcher {

    /** Cosine at which a part means the phrasing, per kind (0.5 confidence there). */
    static final double OFFER_CUT = 0.62;
    static final double BEYOND_CUT = 0.66;
    static final double POLICY_CUT = 0.62;
    static final double ASKS_CUT = 0.58;
    static final double ANGER_CUT = 0.62;
    private static final double STEEPNESS = 12;
    /** Another option this close behind the want in context (cosine) makes the want worth a second look. */
    private static final double CLOSE = 0.05;
    private static final List<String> OFFERING = List.of("solution", "overpromise", "vague", "ownership", "collaborate");

    private final Phrasings phrasings;
    private final Scenario scenario;
    private final Options options;

    /** The policy's options split by whether they meet the want (the ones the want's offers use) or not. */
    private record Options(List<String> wants, List<String> others) {
    }

    ScenarioMatcher(Phrasings phrasings, Scenario scenario) {
        this.phrasings = phrasings;
        this.scenario = scenario;
        this.options = options();
    }

    List<Reading.Match> matches(List<Reading.Part> parts, List<float[]> vectors) {
        List<Reading.Match> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Reading.Part part = parts.get(i);
            float[] v = vectors.get(i);
            if (offering(part)) {
                // The want's offers, and the policy's options they use; a part nearer another option is that option,
                // however much it is about what the customer wants (money back when they want a bed tonight).
                double want = Math.max(best(wantOffers(), v), best(options.wants(), v));
                double other = best(options.others(), v);
                if (want >= other && !(contested(want, other) && nearerAnotherOption(part))) {
                    add(out, "offer", "want", want, OFFER_CUT, i);
                }
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

    /**
     * A want match that counts (at its cut or above) with another option close behind it in context: worth reading
     * the part on its own. A part that plainly means the want more than anything else costs no second reading.
     */
    private static boolean contested(double want, double other) {
        return want >= OFFER_CUT && other >= want - CLOSE;
    }

    /**
     * Whether the part, read on its own as the phrasings are, plainly means one of the policy's other options, and
     * more than the want ("refund tonight's rate" when the want is a room tonight). Read on its own because in
     * context a part takes on the customer's last words, and those are about the want; only when it plainly means
     * the option, because a part that goes on from the one before ("and you keep it till it's fixed") means little
     * on its own.
     */
    private boolean nearerAnotherOption(Reading.Part part) {
        float[] alone = phrasings.vector(part.text());
        double other = best(options.others(), alone);
        return other >= POLICY_CUT && other > Math.max(best(wantOffers(), alone), best(options.wants(), alone));
    }

    private List<String> wantOffers() {
        return scenario.wants() == null ? List.of() : scenario.wants().acceptedIf();
    }

    /** Each of the want's offers uses one option, the one it means most; the options no offer uses are the others. */
    private Options options() {
        List<String> policy = scenario.policy();
        Set<Integer> used = new HashSet<>();
        for (String offer : wantOffers()) {
            int nearest = -1;
            double best = -2;
            for (int p = 0; p < policy.size(); p++) {
                double c = ReaderModel.cosine(phrasings.vector(offer), phrasings.vector(policy.get(p)));
                if (c > best) {
                    best = c;
                    nearest = p;
                }
            }
            used.add(nearest);
        }
        List<String> wants = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int p = 0; p < policy.size(); p++) {
            (used.contains(p) ? wants : others).add(policy.get(p));
        }
        return new Options(wants, others);
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

package dev.hotseat.bench;

import dev.hotseat.evaluation.Exchange;
import dev.hotseat.core.Grade;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.persona.Scenario;
import java.util.List;

/**
 * Prints the "Try saying" rewrite and the summary for every scenario and a few typical replies, to read by eye and
 * to paste examples into docs/evaluator.md. RewriteRenderingTest checks the same renderings automatically.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:exec -Dbench=RewriteSamples [-Dbench.args=--moments]</pre>
 */
public final class RewriteSamples {

    /** Typical replies a learner sends, from empty of skill to nearly complete; shared with the rendering test. */
    public static final List<String> CUSTOMER = List.of("ok", "Let me look into it.", "That's our policy.",
            "I'm sorry about that.", "Calm down, it's not that bad.", "I can see why you're upset. Let me check what happened.");
    public static final List<String> INTERVIEW = List.of("I'd stay calm.", "I'd give them a refund.",
            "Customers can be a nightmare.", "I'd listen, apologise and fix it.");

    private RewriteSamples() {
    }

    /** The persona's line as the partner says it: scenario facts filled in. */
    public static String fill(String line, Scenario s) {
        String out = line;
        for (var e : s.facts().entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** Three moments of a customer conversation and a typical reply to each: venting, pushing back, agreeing. */
    public static final List<List<String>> MOMENTS = List.of(List.of("opening", "I'm sorry about that."),
            List.of("pushback", "I can't do that, it's policy."), List.of("accept", "Great, that's booked for you."));

    public static void main(String[] args) {
        boolean moments = String.join(" ", args).contains("--moments");
        for (Scenario s : SharedEvaluator.library().scenarios()) {
            String opening = fill(s.lines().getOrDefault("opening", List.of(s.situation() == null ? "" : s.situation())).get(0), s);
            if (moments && s.mode().wire().equals("customer")) {
                for (List<String> m : MOMENTS) {
                    String line = fill(s.lines().getOrDefault(m.get(0), List.of(opening)).get(0), s);
                    // The app grades against the persona's last lines, so a later moment carries the opening too.
                    String context = m.get(0).equals("opening") ? line : opening + " " + line;
                    Grade g = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), context, m.get(1), s));
                    System.out.printf("%s (%s: \"%s\") | %s%n   -> %s%n   summary: %s%n", s.id(), m.get(0), line, m.get(1),
                            g.rewrite(), g.summary());
                }
                continue;
            }
            for (String reply : s.mode().wire().equals("customer") ? CUSTOMER : INTERVIEW) {
                Grade g = SharedEvaluator.evaluator().grade(new Exchange(s.mode(), opening, reply, s));
                System.out.printf("%s | %s%n   -> %s%n   summary: %s%n", s.id(), reply, g.rewrite(), g.summary());
            }
        }
    }
}

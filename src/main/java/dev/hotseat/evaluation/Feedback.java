package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import dev.hotseat.core.Polarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns detections into tips, a rewrite of the whole reply and a one-line summary that quote the learner. */
final class Feedback {

    private static final int MAX_ADDED_LINES = 3;

    private final String reply;
    private final Rewriter rewriter;
    private final Map<Criterion, Detection> found;
    private final String context;
    private final Exchange exchange;

    /** @param context what the persona last said (decides whether situational skills such as firm apply yet) */
    Feedback(String reply, String context, Rewriter rewriter, Map<Criterion, Detection> found) {
        this(reply, context, rewriter, found, null);
    }

    /** @param exchange the whole exchange, with what the learner already showed earlier in the session (or null) */
    Feedback(String reply, String context, Rewriter rewriter, Map<Criterion, Detection> found, Exchange exchange) {
        this.reply = reply;
        this.context = context;
        this.rewriter = rewriter;
        this.found = found;
        this.exchange = exchange;
    }

    private boolean shownBefore(Criterion c) {
        return exchange != null && exchange.shownBefore(c.id());
    }

    /** The tip for one criterion: praise with the quote, the habit to drop, or the skill to add and how. */
    String tip(Criterion c) {
        Detection d = found.get(c);
        boolean positive = c.polarity() == Polarity.POSITIVE;
        if (positive && d.detected()) {
            return "Good " + name(c).toLowerCase() + ": \"" + d.evidence() + "\".";
        }
        if (!positive && !d.detected() || positive && (!Situational.relevant(c, context, found) || shownBefore(c))) {
            return "";
        }
        String why = c.why() == null ? "" : " " + c.why().trim();
        String source = c.source() == null || c.source().isBlank() ? "" : " (\"" + c.source() + "\")";
        if (!positive) {
            return "Avoid " + name(c).toLowerCase() + ": \"" + d.evidence() + "\"." + why + source + " "
                    + nz(c.tip()) + " Try: \"" + rewriter.compose(reply, List.of(d.evidence()),
                    missed().stream().limit(1).toList()) + "\"";
        }
        return name(c) + " is missing." + why + source + " Try: \""
                + rewriter.compose(reply, negativeEvidence(), List.of(c)) + "\"";
    }

    /** A better version of the whole reply: bad clauses out, the most valuable missing skills in. */
    String rewrite() {
        List<Criterion> add = missed().stream().limit(MAX_ADDED_LINES).toList();
        return rewriter.compose(reply, negativeEvidence(), add);
    }

    /** The rewrite when none of the reply can be kept (it spoke to the grader). */
    String rewriteWithout(String dropped) {
        List<Criterion> add = missed().stream().limit(MAX_ADDED_LINES).toList();
        return rewriter.compose(dropped, List.of(dropped), add);
    }

    /** "Strongest: … Practise next: …", quoting the learner. */
    String summary() {
        Optional<Criterion> strongest = found.entrySet().stream()
                .filter(e -> e.getKey().polarity() == Polarity.POSITIVE && e.getValue().detected())
                .max(Comparator.comparingDouble(e -> e.getKey().weight() * (1 + e.getValue().confidence())))
                .map(Map.Entry::getKey);
        String first = strongest.map(c -> "Strongest skill: " + name(c).toLowerCase() + " (\""
                + found.get(c).evidence() + "\").").orElse("No skill showed clearly in this reply yet.");
        return (first + " " + next()).trim();
    }

    /** "Practise next: …": the habit to drop first, else what this moment needs most. */
    String next() {
        Optional<Criterion> habit = found.entrySet().stream()
                .filter(e -> e.getKey().polarity() == Polarity.NEGATIVE && e.getValue().detected())
                .max(Comparator.comparingInt(e -> e.getKey().weight())).map(Map.Entry::getKey);
        return habit.map(c -> "Practise next: drop " + name(c).toLowerCase() + " (\""
                        + found.get(c).evidence() + "\"). " + nz(c.tip()))
                .orElseGet(() -> missed().stream().findFirst()
                        .map(c -> "Practise next: " + name(c).toLowerCase() + Moment.of(context, exchange).because(c)
                                + ". Try: \"" + rewriter.line(c) + "\"")
                        .orElse("Every skill this moment calls for showed. Keep it up.")).trim();
    }

    private List<Criterion> missed() {
        List<Criterion> missed = new ArrayList<>();
        found.forEach((c, d) -> {
            if (c.polarity() == Polarity.POSITIVE && !d.detected() && Situational.relevant(c, context, found)
                    && !shownBefore(c)) {
                missed.add(c);
            }
        });
        Moment moment = Moment.of(context, exchange);
        missed.sort(Comparator.comparingInt((Criterion c) -> moment.rank(c.id()))
                .thenComparing(Comparator.comparingInt(Criterion::weight).reversed()));
        return missed;
    }

    private List<String> negativeEvidence() {
        return found.entrySet().stream()
                .filter(e -> e.getKey().polarity() == Polarity.NEGATIVE && e.getValue().detected())
                .map(e -> e.getValue().evidence()).toList();
    }

    private static String name(Criterion c) {
        return c.name() == null || c.name().isBlank() ? c.id() : c.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}

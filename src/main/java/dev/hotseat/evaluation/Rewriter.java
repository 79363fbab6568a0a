package dev.hotseat.evaluation;

import dev.hotseat.core.Reading;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.Placeholders;
import dev.hotseat.persona.Role;
import dev.hotseat.persona.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A better version of the learner's reply, or none. A candidate keeps the learner's own good parts, drops any part
 * that shows a habit, and adds the one or two moves this moment still needs, in the scenario's own words where it
 * has them (its offers that meet the want, its questions that bring out what the customer kept back) or the
 * rubric's model line. Every candidate is then
 * read back by the same reader and shown only if it adds the missing move, carries no habit and nothing the
 * customer is known to hate, answers a question the customer just asked, and grades higher than the original.
 */
final class Rewriter {

    /** A candidate as the grader sees it: its reading, verdicts and score. */
    record Graded(Reading reading, List<Verdict> verdicts, int score) {
    }

    private static final int MAX_KEPT_WORDS = 60;

    private final Exchange exchange;
    private final Function<String, Graded> grader;
    private final Map<String, String> values;

    /** @param grader reads and scores a candidate line exactly as a learner's reply would be */
    Rewriter(Exchange exchange, Function<String, Graded> grader) {
        this.exchange = exchange;
        this.grader = grader;
        this.values = LineValues.of(issue(exchange), exchange.scenario());
    }

    /** The rewrite to show, or "" when no candidate passes its read-back. */
    String rewrite(Reading reading, Graded original, List<Verdict> missing) {
        List<Reading.Part> keptParts = kept(reading, original.verdicts());
        String kept = String.join(" ", keptParts.stream().map(Reading.Part::text).toList());
        boolean keptFix = keptParts.stream().anyMatch(p -> p.shows("solution"));
        List<Verdict> wanted = checkOnlyAFix(oneAction(missing.stream().filter(v -> line(v.criterion()) != null)
                .toList()), keptFix).stream().limit(2).toList();
        if (wanted.isEmpty() && habits(original).isEmpty()) {
            return "";
        }
        // The fuller candidate first, then the single most needed move.
        for (List<Verdict> add : wanted.size() > 1 ? List.of(wanted, wanted.subList(0, 1)) : List.of(wanted)) {
            String candidate = compose(kept, add);
            if (!candidate.isBlank() && passes(candidate, original, add)) {
                return candidate;
            }
        }
        return "";
    }

    /**
     * At most one action per line. Two together read as one person talking over themselves: a question asked to
     * choose the fix, then the fix in the same breath. When the customer has just asked something, the action that
     * answers it (an offer) goes first; otherwise the most needed one.
     */
    private List<Verdict> oneAction(List<Verdict> candidates) {
        List<Verdict> actions = candidates.stream().filter(v -> v.criterion().role() == Role.ACTION).toList();
        if (actions.size() < 2) {
            return candidates;
        }
        Verdict chosen = asked() ? actions.stream().filter(v -> v.criterion().reads().contains("solution")).findFirst()
                .orElse(actions.getFirst()) : actions.getFirst();
        return candidates.stream().filter(v -> v.criterion().role() != Role.ACTION || v == chosen).toList();
    }

    /** A follow-up checks on something done: with no fix in the line (kept or added) it promises to check on nothing. */
    private static List<Verdict> checkOnlyAFix(List<Verdict> candidates, boolean keptFix) {
        boolean fix = keptFix || candidates.stream().limit(2).anyMatch(v -> v.criterion().role() == Role.ACTION
                && v.criterion().reads().contains("solution"));
        return fix ? candidates : candidates.stream().filter(v -> v.criterion().role() != Role.FOLLOWUP).toList();
    }

    private boolean passes(String candidate, Graded original, List<Verdict> added) {
        Graded better = grader.apply(candidate);
        if (better.score() <= original.score() || !habits(better).isEmpty()) {
            return false;
        }
        for (Verdict a : added) {
            if (better.verdicts().stream().noneMatch(v -> v.criterion().id().equals(a.criterion().id()) && v.shown())) {
                return false;
            }
        }
        if (better.reading().match("anger").isPresent()) {
            return false;
        }
        return !asked() || better.verdicts().stream()
                .anyMatch(v -> v.shown() && v.criterion().role() == Role.ACTION);
    }

    private static List<Verdict> habits(Graded g) {
        return g.verdicts().stream().filter(v -> v.shown() && v.criterion().role() == Role.HABIT).toList();
    }

    // The customer's last line asked something ("When will I get it?"): a rewrite that only soothes ignores it.
    private boolean asked() {
        return exchange.mode() == Mode.CUSTOMER && exchange.context() != null && exchange.context().contains("?");
    }

    /**
     * The learner's own good parts: those that show something the rubric credits, none that shows a habit or talks
     * to the grader; not too long. A part that shows nothing ("That's our policy.", "ok") is left out: kept, it
     * stands in the better line as if the coach signed it.
     */
    private List<Reading.Part> kept(Reading reading, List<Verdict> verdicts) {
        List<String> habitActs = verdicts.stream().filter(v -> v.criterion().role() == Role.HABIT)
                .flatMap(v -> v.criterion().reads().stream()).toList();
        List<String> goodActs = verdicts.stream().filter(v -> v.criterion().role() != Role.HABIT)
                .flatMap(v -> v.criterion().reads().stream()).toList();
        if (reading.offTask()) {
            return List.of();
        }
        List<Reading.Part> parts = new ArrayList<>();
        int words = 0;
        for (Reading.Part p : reading.parts()) {
            // A habit's part goes, and so does a part not credited (a promise beyond policy, a repeat).
            boolean habit = habitActs.stream().anyMatch(p::shows) || verdicts.stream()
                    .anyMatch(v -> !v.withheld().isEmpty() && v.evidence() != null && v.evidence().equals(p));
            int n = words(p.text());
            if (!habit && goodActs.stream().anyMatch(p::shows) && words + n <= MAX_KEPT_WORDS) {
                parts.add(p);
                words += n;
            }
        }
        return parts;
    }

    private String compose(String kept, List<Verdict> add) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Verdict v : add) {
            String line = line(v.criterion());
            (v.criterion().role() == Role.HEARD ? before : after).append(sentence(line)).append(' ');
        }
        return tidy(before + " " + sentence(kept) + " " + after);
    }

    /**
     * The line that adds this criterion: for a fix, the scenario's own offer that meets the want (already in a
     * rep's words); otherwise the rubric's model line with its placeholders filled. Null when there is none, or
     * when it would invent what the learner must supply themselves (a story in an interview).
     */
    String line(Criterion c) {
        Scenario s = exchange.scenario();
        if (c.role() == Role.STORY) {
            return null;
        }
        // An action that reads the reader's "solution" act is an offer: the scenario's own offers say it best.
        if (c.role() == Role.ACTION && c.reads().contains("solution") && s != null && s.wants() != null) {
            for (String offer : s.wants().acceptedIf()) {
                if (words(offer) >= 4) {
                    return LineValues.fill(offer.trim(), s);
                }
            }
        }
        // A question: the scenario's own, one that would bring out what the customer has not said yet (a rubric's
        // model question fits every case a little and this one not at all).
        if (c.role() == Role.ACTION && c.reads().contains("clarify") && s != null) {
            for (Scenario.HiddenFact fact : s.hiddenFacts()) {
                for (String question : fact.askedBy()) {
                    if (question.trim().endsWith("?") && words(question) >= 4) {
                        return LineValues.fill(question.trim(), s);
                    }
                }
            }
        }
        if (c.example() == null || c.example().isBlank()) {
            return null;
        }
        return Placeholders.IN_LINES.replace(c.example(),
                p -> values.getOrDefault(p.name().strip(), "this")).trim();
    }

    /** How many words, counted without a pattern. */
    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            n += !space && !in ? 1 : 0;
            in = !space;
        }
        return n;
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return "";
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.matches("(?s).*[.!?]$") ? t : t + ".";
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** What the customer last complained of, said back in the rep's voice ("my order" becomes "your order"). */
    private static String issue(Exchange exchange) {
        return Restating.issue(LineValues.fill(exchange.context(), exchange.scenario()));
    }
}

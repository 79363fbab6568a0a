package dev.hotseat.evaluation;

import dev.hotseat.core.Polarity;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The words of a grade: a tip per criterion that quotes the learner, and a summary that names the strongest skill
 * and what this moment needs next. Reads only verdicts (which read the {@link dev.hotseat.core.Reading}).
 */
final class Feedback {

    private final List<Verdict> verdicts;
    private final Moment moment;
    private final Exchange exchange;

    Feedback(List<Verdict> verdicts, Moment moment, Exchange exchange) {
        this.verdicts = verdicts;
        this.moment = moment;
        this.exchange = exchange;
    }

    /** Praise with the quote, the habit to drop, the reason it was not credited, or the skill to add and why. */
    String tip(Verdict v) {
        Criterion c = v.criterion();
        if (c.polarity() == Polarity.POSITIVE && v.shown()) {
            return "Good " + name(c).toLowerCase() + ": \"" + v.quote() + "\".";
        }
        if (!v.withheld().isEmpty()) {
            return v.withheld();
        }
        if (c.polarity() == Polarity.NEGATIVE) {
            return v.shown() ? "Avoid " + name(c).toLowerCase() + ": \"" + v.quote() + "\"." + why(c) + " " + nz(c.tip())
                    : "";
        }
        if (!needed(v)) {
            return "";
        }
        return name(c) + " is missing." + why(c) + " " + nz(c.tip());
    }

    /** "Strongest skill: … Practise next: …", quoting the learner. */
    String summary() {
        Optional<Verdict> strongest = verdicts.stream()
                .filter(v -> v.criterion().polarity() == Polarity.POSITIVE && v.shown())
                .max(Comparator.comparingDouble(v -> v.criterion().weight() * (1 + v.confidence())));
        String first = strongest.map(v -> "Strongest skill: " + name(v.criterion()).toLowerCase() + " (\"" + v.quote()
                + "\").").orElse("No skill showed clearly in this reply yet.");
        return (first + " " + next()).trim();
    }

    /** The habit to drop first, else what this moment needs most. */
    String next() {
        Optional<Verdict> habit = verdicts.stream()
                .filter(v -> v.criterion().polarity() == Polarity.NEGATIVE && v.shown())
                .max(Comparator.comparingInt(v -> v.criterion().weight()));
        if (habit.isPresent()) {
            Criterion c = habit.get().criterion();
            return "Practise next: drop " + name(c).toLowerCase() + " (\"" + habit.get().quote() + "\"). " + nz(c.tip());
        }
        return missing().stream().findFirst()
                .map(v -> "Practise next: " + name(v.criterion()).toLowerCase() + because(v.criterion()) + ". "
                        + nz(v.criterion().tip()))
                .orElse("Every skill this moment calls for showed. Keep it up.").trim();
    }

    /** Positive criteria this moment still needs, the most needed first. */
    List<Verdict> missing() {
        return verdicts.stream().filter(this::needed)
                .sorted(Comparator.comparingInt((Verdict v) -> rank(v.criterion().role()))
                        .thenComparing(Comparator.comparingInt((Verdict v) -> v.criterion().weight()).reversed()))
                .toList();
    }

    private boolean needed(Verdict v) {
        Criterion c = v.criterion();
        return c.polarity() == Polarity.POSITIVE && !v.shown() && v.withheld().isEmpty() && moment.fits(c)
                && !exchange.shownBefore(c.id()) && !(c.role() == Role.ACTION && !moment.needsAction())
                && roleStillOpen(c.role());
    }

    // One criterion of a role is enough for the moment: with an apology said, empathy is not "missing".
    private boolean roleStillOpen(Role role) {
        return role == Role.ACTION && moment == Moment.QUESTION
                || verdicts.stream().noneMatch(v -> v.shown() && v.criterion().role() == role);
    }

    /** Which role this moment needs first: a way forward while the problem is open, the follow-up once agreed. */
    private int rank(Role role) {
        List<Role> order = switch (moment) {
            case COMPLAINT, PUSHBACK -> actedOrFirst() ? List.of(Role.HEARD, Role.FOLLOWUP, Role.ACTION, Role.STORY)
                    : List.of(Role.ACTION, Role.HEARD, Role.FOLLOWUP, Role.STORY);
            case CLOSING -> List.of(Role.FOLLOWUP, Role.HEARD, Role.ACTION, Role.STORY);
            case QUESTION -> List.of(Role.STORY, Role.ACTION, Role.HEARD, Role.FOLLOWUP);
        };
        int i = order.indexOf(role);
        return i < 0 ? order.size() : i;
    }

    private boolean actedOrFirst() {
        return verdicts.stream().anyMatch(v -> v.shown() && v.criterion().role() == Role.ACTION);
    }

    private String because(Criterion c) {
        return switch (moment) {
            case COMPLAINT, PUSHBACK -> c.role() == Role.ACTION ? " (they need to hear what happens now)"
                    : c.role() == Role.HEARD ? " (they want to know you understood before anything else)" : "";
            case CLOSING -> c.role() == Role.FOLLOWUP ? " (the fix is agreed: say when you will check it worked)" : "";
            case QUESTION -> c.role() == Role.STORY ? " (a real example is what makes an answer believable)" : "";
        };
    }

    private static String why(Criterion c) {
        String why = nz(c.why());
        String source = c.source() == null || c.source().isBlank() ? "" : " (\"" + c.source() + "\")";
        return why.isEmpty() ? "" : " " + why + source;
    }

    static String name(Criterion c) {
        return c.name() == null || c.name().isBlank() ? c.id() : c.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}

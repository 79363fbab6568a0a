package dev.hotseat.persona;

import dev.hotseat.core.Polarity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one file of prompts/rubrics/ into a {@link Rubric}, or lists what is wrong with it. */
final class RubricReader {
    static final int DEFAULT_WEIGHT = 1;
    /** The criterion ids docs/protocol.md fixes for the two built-in rubrics. */
    static final Map<String, List<String>> BUILT_IN = Map.of(
            "customer", List.of("empathy", "apology", "restate", "clarify", "ownership", "solution",
                    "collaborate", "firm", "followup", "deflect", "blame"),
            "interview", List.of("calm", "listen", "empathy", "restate", "clarify", "solution", "ownership",
                    "firm", "escalate", "followup", "star", "rant"));
    /** The moments a criterion can say it matters most in. */
    static final List<String> MOMENTS = List.of("complaint", "pushback", "closing");
    private static final Pattern CRITERION_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private final HeaderReader headers = new HeaderReader();

    /** The rubric and no problems, or null and at least one problem. */
    record Result(Rubric rubric, List<PromptProblem> problems) {
    }

    Result read(String file, String text) {
        try {
            FrontMatter front = FrontMatter.split(text);
            RubricHeader h = headers.read(front, RubricHeader.class);
            FileProblems p = new FileProblems(file, LineIndex.of(front.header(), front.lineOffset()));
            LineIndex lines = LineIndex.of(front.header(), front.lineOffset());
            check(h, file, p);
            checkScoring(h.scoring(), p);
            return p.any() ? new Result(null, p.list()) : new Result(build(h, file, lines), List.of());
        } catch (PromptFileException e) {
            return new Result(null, List.of(new PromptProblem(file, e.line(), e.getMessage())));
        }
    }

    private static void check(RubricHeader h, String file, FileProblems p) {
        String stem = ScenarioReader.stem(file);
        if (FileProblems.blank(h.id())) {
            p.missing("", "id", "'id: " + stem + "'");
        } else if (!h.id().equals(stem)) {
            p.at("/id", "id '" + h.id() + "' must equal the file name: write 'id: " + stem + "'");
        }
        if (h.mode() == null) {
            p.missing("", "mode", "'mode: customer' or 'mode: interview'");
        }
        if (FileProblems.blank(h.title())) {
            p.missing("", "title", "a short title");
        }
        if (h.criteria() == null || h.criteria().isEmpty()) {
            p.missing("", "criteria", "a list of criteria");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < h.criteria().size(); i++) {
            checkCriterion(h.criteria().get(i), "/criteria/" + i, i + 1, ids, p);
        }
        for (String fixed : BUILT_IN.getOrDefault(h.id(), List.of())) {
            if (!ids.contains(fixed)) {
                p.at("/criteria", "the built-in rubric '" + h.id() + "' must define criterion '" + fixed
                        + "' (its id is fixed by the public protocol)");
            }
        }
    }

    private static void checkCriterion(RubricHeader.CriterionHeader c, String at, int n, Set<String> ids,
                                       FileProblems p) {
        if (c == null || FileProblems.blank(c.id())) {
            p.missing(at, "criteria[" + n + "].id", "a short id such as 'empathy'");
            return;
        }
        if (!CRITERION_ID.matcher(c.id()).matches()) {
            p.at(at + "/id", "criterion id '" + c.id() + "' may use only a-z, 0-9 and '-'");
        } else if (!ids.add(c.id())) {
            p.at(at + "/id", "criterion id '" + c.id() + "' is defined twice in this rubric: keep one");
        }
        if (c.polarity() == null) {
            p.missing(at, "criteria[" + n + "].polarity", "'polarity: positive' or 'polarity: negative'");
        } else if (c.role() != null && (c.role() == Role.HABIT) != (c.polarity() == Polarity.NEGATIVE)) {
            p.at(at + "/role", "role '" + c.role().wire() + "' does not fit polarity '" + c.polarity().wire()
                    + "': a habit to avoid is 'role: habit' with 'polarity: negative', a skill any other role");
        }
        if (FileProblems.blank(c.name())) {
            p.missing(at, "criteria[" + n + "].name", "a name the learner sees");
        }
        if (FileProblems.blank(c.tip())) {
            p.missing(at, "criteria[" + n + "].tip", "the advice shown with a grade");
        }
        if (c.weight() != null && (c.weight() < 0 || c.weight() > 100)) {
            p.at(at + "/weight", "weight " + c.weight() + " must be between 0 and 100");
        }
        if (c.moments() != null) {
            for (int i = 0; i < c.moments().size(); i++) {
                if (!MOMENTS.contains(String.valueOf(c.moments().get(i)).strip())) {
                    p.at(at + "/moments/" + i, "moment '" + c.moments().get(i) + "' is unknown: use "
                            + String.join(", ", MOMENTS.subList(0, MOMENTS.size() - 1)) + " or " + MOMENTS.getLast());
                }
            }
        }
        blankEntries(c.examples(), at + "/examples", p);
        blankEntries(c.notExamples(), at + "/notExamples", p);
    }

    private static void blankEntries(List<String> list, String at, FileProblems p) {
        for (int i = 0; list != null && i < list.size(); i++) {
            if (FileProblems.blank(list.get(i))) {
                p.at(at + "/" + i, "an empty example teaches nothing: remove it");
            }
        }
    }

    /** How to bring an older file up to date: keys of the pattern-based evaluator, criteria without a role. */
    private static List<PromptProblem> advice(RubricHeader h, String file, LineIndex lines) {
        List<PromptProblem> out = new ArrayList<>();
        for (int i = 0; i < h.criteria().size(); i++) {
            RubricHeader.CriterionHeader c = h.criteria().get(i);
            String at = "/criteria/" + i;
            List<String> old = new ArrayList<>();
            if (c.cues() != null) old.add("cues");
            if (c.blockers() != null) old.add("blockers");
            if (c.threshold() != null) old.add("threshold");
            if (c.check() != null) old.add("check");
            if (c.learned() != null) old.add("learned");
            if (!old.isEmpty()) {
                out.add(new PromptProblem(file, lines.line(at), "criterion '" + c.id() + "': " + String.join(", ", old)
                        + " belong to the older pattern-based grader and are ignored now; the reader learns from "
                        + "examples: put a few replies that show it under 'examples' and near misses under 'notExamples'"));
            }
            if (c.role() == null) {
                out.add(new PromptProblem(file, lines.line(at), "criterion '" + c.id() + "' has no role, so it is "
                        + "scored as " + (c.polarity() == Polarity.NEGATIVE ? "a habit" : "an action")
                        + ": say which it is with 'role: heard | action | followup | story | habit'"));
            }
        }
        if (h.scoring() == null) {
            out.add(new PromptProblem(file, lines.line(""), "no 'scoring:' section, so the default is used "
                    + "(shares heard 35, action 50, followup 15; withoutAction 25)"));
        }
        return out;
    }

    private static Scoring scoring(RubricHeader.ScoringHeader s) {
        if (s == null) {
            return Scoring.DEFAULT;
        }
        Map<Role, Integer> shares = new EnumMap<>(Role.class);
        if (s.shares() != null) {
            s.shares().forEach((k, v) -> shares.put(Role.of(k), v == null ? 0 : v));
        }
        return new Scoring(shares.isEmpty() ? Scoring.DEFAULT.shares() : shares,
                s.withoutAction() == null ? Scoring.DEFAULT.withoutAction() : s.withoutAction());
    }

    private static void checkScoring(RubricHeader.ScoringHeader s, FileProblems p) {
        if (s == null) {
            return;
        }
        if (s.shares() != null) {
            int total = 0;
            for (Map.Entry<String, Integer> e : s.shares().entrySet()) {
                try {
                    Role r = Role.of(e.getKey());
                    if (r == Role.HABIT) {
                        p.at("/scoring/shares", "habits have no share: they take their own weight away");
                    }
                } catch (IllegalArgumentException ex) {
                    p.at("/scoring/shares/" + e.getKey(), ex.getMessage());
                }
                total += e.getValue() == null ? 0 : e.getValue();
            }
            if (total != 100) {
                p.at("/scoring/shares", "the shares add up to " + total + ": make them add up to 100");
            }
        }
        if (s.withoutAction() != null && (s.withoutAction() < 0 || s.withoutAction() > 100)) {
            p.at("/scoring/withoutAction", "withoutAction " + s.withoutAction() + " must be between 0 and 100");
        }
    }

    private static Rubric build(RubricHeader h, String file, LineIndex lines) {
        List<Criterion> criteria = h.criteria().stream().map(c -> new Criterion(c.id(), c.polarity(),
                c.role() != null ? c.role() : c.polarity() == Polarity.NEGATIVE ? Role.HABIT : Role.ACTION,
                c.weight() == null ? DEFAULT_WEIGHT : c.weight(), c.name().strip(), text(c.description()),
                text(c.why()), text(c.source()), list(c.reads()), list(c.examples()), list(c.notExamples()),
                c.tip().strip(), text(c.example()), list(c.moments()).stream().map(String::strip).toList()))
                .toList();
        return new Rubric(h.id(), h.mode(), h.title().strip(), criteria, file, scoring(h.scoring()),
                advice(h, file, lines));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}

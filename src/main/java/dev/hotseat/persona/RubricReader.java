package dev.hotseat.persona;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one file of prompts/rubrics/ into a {@link Rubric}, or lists what is wrong with it. */
final class RubricReader {
    static final int DEFAULT_WEIGHT = 1;
    static final double DEFAULT_THRESHOLD = 0.8;
    /** The criterion ids docs/protocol.md fixes for the two built-in rubrics. */
    static final Map<String, List<String>> BUILT_IN = Map.of(
            "customer", List.of("empathy", "apology", "restate", "clarify", "ownership", "solution",
                    "collaborate", "firm", "followup", "deflect", "blame"),
            "interview", List.of("calm", "listen", "empathy", "restate", "clarify", "solution", "ownership",
                    "firm", "escalate", "followup", "star", "rant"));
    /** The context checks the evaluator knows (evaluation.ContextCheck), by the name a rubric uses. */
    static final Set<String> CHECKS = Set.of("overlap", "question", "action", "conditional", "story", "limit");
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
            check(h, file, p);
            return p.any() ? new Result(null, p.list()) : new Result(build(h, file), List.of());
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
        if (c.learned() != null && (c.learned() < 0 || c.learned() > 1)) {
            p.at(at + "/learned", "learned " + c.learned() + " must be between 0 and 1 (1 switches the learned layer off)");
        }
        if (c.threshold() != null && (c.threshold() < 0 || c.threshold() > 1)) {
            p.at(at + "/threshold", "threshold " + c.threshold() + " must be between 0 and 1");
        }
        if (!FileProblems.blank(c.check()) && !CHECKS.contains(c.check().strip())) {
            p.at(at + "/check", "check '" + c.check() + "' is unknown: use one of " + String.join(", ",
                    CHECKS.stream().sorted().toList()) + ", or leave it out");
        }
        checkPatterns(c.cues(), at + "/cues", p);
        checkPatterns(c.blockers(), at + "/blockers", p);
    }

    private static void checkPatterns(List<String> patterns, String at, FileProblems p) {
        if (patterns == null) {
            return;
        }
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            try {
                Pattern.compile(pattern == null ? "" : pattern);
                if (FileProblems.blank(pattern)) {
                    p.at(at + "/" + i, "an empty pattern matches everything: remove it");
                }
            } catch (PatternSyntaxException e) {
                p.at(at + "/" + i, "'" + pattern + "' is not a valid regular expression ("
                        + e.getDescription() + " near position " + e.getIndex() + ")");
            }
        }
    }

    private static Rubric build(RubricHeader h, String file) {
        List<Criterion> criteria = h.criteria().stream().map(c -> new Criterion(c.id(), c.polarity(),
                c.weight() == null ? DEFAULT_WEIGHT : c.weight(), c.name().strip(), text(c.description()),
                text(c.why()), text(c.source()), list(c.cues()), list(c.blockers()), list(c.exemplars()),
                list(c.counterExemplars()), c.threshold() == null ? DEFAULT_THRESHOLD : c.threshold(),
                c.tip().strip(), text(c.example()), FileProblems.blank(c.check()) ? null : c.check().strip(), c.learned()))
                .toList();
        return new Rubric(h.id(), h.mode(), h.title().strip(), criteria, file);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}

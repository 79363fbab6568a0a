package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one file of prompts/scenarios/ into a {@link Scenario}, or lists what is wrong with it. */
final class ScenarioReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FACT_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private final HeaderReader headers = new HeaderReader();

    /** The scenario and no problems, or null and at least one problem. */
    record Result(Scenario scenario, List<PromptProblem> problems) {
    }

    Result read(String file, String text, Map<String, Rubric> rubrics) {
        try {
            FrontMatter front = FrontMatter.split(text);
            ScenarioHeader h = headers.read(front, ScenarioHeader.class);
            FileProblems problems = new FileProblems(file, LineIndex.of(front.header(), front.lineOffset()));
            check(h, file, rubrics, problems);
            if (problems.any()) {
                return new Result(null, problems.list());
            }
            return new Result(build(h, file, front.body()), List.of());
        } catch (PromptFileException e) {
            return new Result(null, List.of(new PromptProblem(file, e.line(), e.getMessage())));
        }
    }

    private void check(ScenarioHeader h, String file, Map<String, Rubric> rubrics, FileProblems p) {
        checkIdentity(h, file, rubrics, p);
        if (h.mode() == null || h.difficulty() == null) {
            return;
        }
        new ScenarioContentChecks(h, rubrics.get(h.rubric()), p).run();
    }

    private static void checkIdentity(ScenarioHeader h, String file, Map<String, Rubric> rubrics, FileProblems p) {
        String stem = stem(file);
        if (FileProblems.blank(h.id())) {
            p.missing("", "id", "'id: " + stem + "' (the file name without .md)");
        } else if (!ID.matcher(h.id()).matches()) {
            p.at("/id", "id '" + h.id() + "' may use only a-z, 0-9 and '-', starting with a letter or digit");
        } else if (!h.id().equals(stem)) {
            p.at("/id", "id '" + h.id() + "' must equal the file name: rename the file to " + h.id()
                    + ".md or write 'id: " + stem + "'");
        }
        requireText(p, "mode", h.mode() == null ? null : h.mode().wire(), "'mode: customer' or 'mode: interview'");
        requireText(p, "title", h.title(), "a short title the learner sees in the list");
        requireText(p, "difficulty", h.difficulty() == null ? null : h.difficulty().wire(),
                "'difficulty: easy', 'medium' or 'hard'");
        requireText(p, "summary", h.summary(), "one sentence for the scenario list");
        requireText(p, "briefing", h.briefing(), "what the learner reads before starting");
        if (h.persona() == null || FileProblems.blank(h.persona().name())) {
            p.missing(h.persona() == null ? "" : "/persona", "persona.name", "who the learner talks to");
        }
        if (FileProblems.blank(h.rubric())) {
            p.missing("", "rubric", "'rubric: customer' or 'rubric: interview'");
        } else if (!rubrics.containsKey(h.rubric())) {
            p.at("/rubric", "rubric '" + h.rubric() + "' does not exist in prompts/rubrics/ (known: "
                    + String.join(", ", rubrics.keySet()) + ")");
        } else if (h.mode() != null && rubrics.get(h.rubric()).mode() != h.mode()) {
            p.at("/rubric", "rubric '" + h.rubric() + "' grades " + rubrics.get(h.rubric()).mode().wire()
                    + " conversations but this scenario is mode " + h.mode().wire());
        }
    }

    private static void requireText(FileProblems p, String key, String value, String what) {
        if (FileProblems.blank(value)) {
            p.missing("", key, what);
        }
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    static boolean validFactKey(String key) {
        return FACT_KEY.matcher(key).matches() && !LineKeys.RESERVED_PLACEHOLDERS.contains(key);
    }

    private static Scenario build(ScenarioHeader h, String file, String body) {
        Map<String, String> facts = h.facts() == null ? Map.of() : new LinkedHashMap<>(h.facts());
        Map<String, String> fill = new LinkedHashMap<>(facts);
        fill.put("name", h.persona().name());
        Scenario.MoodSettings mood = ScenarioMoods.settle(h);
        return new Scenario(h.id(), h.mode(), h.title().strip(), h.difficulty(), h.summary().strip(),
                briefing(h, fill), h.persona(), strip(h.situation()), facts, orEmpty(h.hiddenFacts()), h.wants(),
                orEmpty(h.policy()), orEmpty(h.angers()), mood, lines(h.lines()), ScenarioMoods.interview(h),
                h.mode() == Mode.INTERVIEW ? (h.style() == null ? "warm" : h.style()) : h.style(),
                body, h.rubric(), file, orEmpty(h.beyondPolicy()));
    }

    private static String briefing(ScenarioHeader h, Map<String, String> fill) {
        String text = Placeholders.fill(h.briefing().strip(), fill);
        if (h.policy() == null || h.policy().isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append("\n\nWhat you may offer:");
        h.policy().forEach(item -> out.append("\n- ").append(Placeholders.fill(item.strip(), fill)));
        return out.toString();
    }

    private static Map<String, List<String>> lines(Map<String, List<String>> lines) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (lines != null) {
            lines.forEach((k, v) -> copy.put(k, List.copyOf(v.stream().map(String::strip).toList())));
        }
        return copy;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

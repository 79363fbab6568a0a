package dev.hotseat.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one file of prompts/templates/: an optional comment header, then the prompt text with
 * {@code {{placeholders}}}. For the two built-in templates, a placeholder the engine does not fill is a
 * problem at its line, found now instead of at the first turn with a language model.
 */
final class TemplateReader {
    /** What the engines fill in (partner.PersonaPrompt and evaluation.JudgeRequest). */
    static final Map<String, Set<String>> KNOWN = Map.of(
            "persona", Set.of("name", "role", "voice", "title", "learner", "situation", "facts", "hidden_facts",
                    "wants", "policy", "angers", "style", "instructions", "mood_before", "mood_label",
                    "mood_level", "move", "intent", "ending", "state"),
            "evaluator", Set.of("learner", "partner", "mode", "scenario", "criteria", "criterion_ids"));
    private final HeaderReader headers = new HeaderReader();

    /** The template text and no problems, or null and at least one problem. */
    record Result(String text, List<PromptProblem> problems) {
    }

    Result read(String file, String text) {
        String name = ScenarioReader.stem(file);
        try {
            Optional<FrontMatter> found = FrontMatter.find(text);
            if (found.isEmpty()) {
                return checked(file, name, text.strip(), text, 1);
            }
            FrontMatter front = found.get();
            boolean onlyComments = front.header().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
            TemplateHeader header = onlyComments ? null : headers.read(front, TemplateHeader.class);
            if (header != null && header.template() != null && !header.template().equals(name)) {
                int line = LineIndex.of(front.header(), front.lineOffset()).line("/template");
                return new Result(null, List.of(new PromptProblem(file, line, "template: '" + header.template()
                        + "' must equal the file name: write 'template: " + name + "'")));
            }
            return checked(file, name, front.body(), text, front.bodyLine());
        } catch (PromptFileException e) {
            return new Result(null, List.of(new PromptProblem(file, e.line(), e.getMessage())));
        }
    }

    private static Result checked(String file, String name, String body, String text, int fromLine) {
        Set<String> known = KNOWN.get(name);
        if (known == null) {
            return new Result(body, List.of());
        }
        List<String> lines = text.lines().toList();
        List<PromptProblem> problems = new ArrayList<>();
        for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
            for (Placeholders.Found placeholder : Placeholders.IN_TEMPLATES.find(lines.get(i))) {
                if (!known.contains(placeholder.name())) {
                    problems.add(new PromptProblem(file, i + 1, "placeholder {{" + placeholder.name() + "}} is not"
                            + " filled by the engine: use one of {{" + String.join("}}, {{", new TreeSet<>(known))
                            + "}}"));
                }
            }
        }
        return problems.isEmpty() ? new Result(body, List.of()) : new Result(null, problems);
    }
}

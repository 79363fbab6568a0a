package dev.hotseat.persona;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the whole prompts folder once: rubrics first (scenarios name them), then scenarios and templates. */
final class PromptLoader {
    /** Far above any real prompt file; stops a stray large file from slowing every reload. */
    static final long MAX_BYTES = 256 * 1024;
    private final Path root;
    private final RubricReader rubricReader = new RubricReader();
    private final ScenarioReader scenarioReader = new ScenarioReader();
    private final TemplateReader templateReader = new TemplateReader();

    PromptLoader(Path root) {
        this.root = root;
    }

    PromptSnapshot load() {
        List<PromptProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new PromptProblem(root.toString(), 0, "the prompts folder does not exist: "
                    + "start with --prompts DIR pointing at a folder with scenarios/, rubrics/ and templates/"));
            return new PromptSnapshot(Map.of(), Map.of(), Map.of(), problems);
        }
        Map<String, Rubric> rubrics = new TreeMap<>();
        for (PromptSource f : files("rubrics", problems)) {
            RubricReader.Result r = rubricReader.read(f.name(), f.text());
            problems.addAll(r.problems());
            if (r.rubric() != null) {
                rubrics.put(r.rubric().id(), r.rubric());
            }
        }
        Map<String, Scenario> scenarios = new TreeMap<>();
        for (PromptSource f : files("scenarios", problems)) {
            ScenarioReader.Result r = scenarioReader.read(f.name(), f.text(), rubrics);
            problems.addAll(r.problems());
            if (r.scenario() != null) {
                scenarios.put(r.scenario().id(), r.scenario());
            }
        }
        Map<String, String> templates = new TreeMap<>();
        for (PromptSource f : files("templates", problems)) {
            TemplateReader.Result r = templateReader.read(f.name(), f.text());
            problems.addAll(r.problems());
            if (r.text() != null) {
                templates.put(ScenarioReader.stem(f.name()), r.text());
            }
        }
        problems.sort(Comparator.comparing(PromptProblem::file).thenComparingInt(PromptProblem::line));
        return new PromptSnapshot(scenarios, rubrics, templates, problems);
    }

    /** One readable file: its path relative to the prompts folder, and its text. */
    private record PromptSource(String name, String text) {
    }

    private List<PromptSource> files(String folder, List<PromptProblem> problems) {
        List<PromptSource> out = new ArrayList<>();
        List<Path> paths;
        try {
            paths = markdownFiles(root.resolve(folder));
        } catch (IOException e) {
            problems.add(new PromptProblem(folder, 0, "cannot list the folder: " + e.getMessage()));
            return out;
        }
        for (Path path : paths) {
            String name = folder + "/" + path.getFileName();
            String stem = ScenarioReader.stem(name);
            if (!ScenarioReader.ID.matcher(stem).matches()) {
                problems.add(new PromptProblem(name, 0, "file name '" + stem + "' may use only a-z, 0-9 and '-'"
                        + " (starting with a letter or digit, at most 64): rename the file"));
                continue;
            }
            try {
                if (Files.size(path) > MAX_BYTES) {
                    problems.add(new PromptProblem(name, 0, "the file is " + Files.size(path) / 1024
                            + " KB; prompt files are read on every change, keep each under " + MAX_BYTES / 1024
                            + " KB"));
                    continue;
                }
                out.add(new PromptSource(name, Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(new PromptProblem(name, 0, "cannot read the file as UTF-8 text: " + e.getMessage()));
            }
        }
        return out;
    }

    /** The .md files directly in a folder, sorted by name; none when the folder is missing. */
    static List<Path> markdownFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}

package dev.hotseat.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.hotseat.persona.PromptProblem;
import dev.hotseat.persona.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A test-side PromptLibrary that reads only prompts/rubrics/*.md (YAML front matter), for evaluator tests and benches. */
public final class RubricFiles implements PromptLibrary {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    public RubricFiles(Path rubricsDir) {
        this.dir = rubricsDir;
    }

    /** The rubrics folder of this checkout (the surefire/bench property hotseat.root, else the working dir). */
    public static RubricFiles ofProject() {
        return new RubricFiles(projectRoot().resolve("prompts/rubrics"));
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("hotseat.root", "."));
    }

    /** Reads one rubric file's front matter. */
    public static Rubric read(Path file) {
        try {
            String text = Files.readString(file);
            int start = text.indexOf("---");
            int end = text.indexOf("\n---", start + 3);
            Rubric r = YAML.readValue(text.substring(start + 3, end), Rubric.class);
            return new Rubric(r.id(), r.mode(), r.title(), r.criteria(), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rubric " + file, e);
        }
    }

    @Override
    public Rubric rubric(String id) {
        return read(dir.resolve(id + ".md"));
    }

    @Override
    public Rubric rubric(Mode mode) {
        return rubric(mode.wire());
    }

    @Override
    public List<Scenario> scenarios() {
        return List.of();
    }

    @Override
    public Scenario scenario(String id) {
        throw new dev.hotseat.persona.UnknownScenarioException(id, List.of());
    }

    @Override
    public String template(String name) {
        return "";
    }

    @Override
    public List<PromptProblem> problems() {
        return List.of();
    }
}

package dev.hotseat.persona;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prompt folders for tests to edit: copies of the frozen library in {@code src/test/resources/fixture-library}, never
 * of the shipped {@code prompts/} (only {@code lint/LintCommandTest} reads that), or a folder with the fixture rubrics.
 */
public final class TestPrompts {

    private TestPrompts() {
    }

    /** The frozen copy of the whole library: every scenario, both rubrics and the templates. */
    public static Path library() {
        return root().resolve("src/test/resources/fixture-library");
    }

    /** A copy of the frozen library under {@code dir}, safe to edit. */
    public static Path copyOfLibrary(Path dir) {
        Path target = dir.resolve("prompts");
        copyTree(library(), target);
        addFixtureRubrics(target);
        return target;
    }

    /** A copy of the folder {@code from} under {@code dir}, safe to edit. */
    public static Path copyOf(Path from, Path dir) {
        Path target = dir.resolve("prompts");
        copyTree(from, target);
        return target;
    }

    /** An empty prompts folder holding only the fixture rubrics. */
    public static Path withRubricsOnly(Path dir) {
        Path target = dir.resolve("prompts");
        addFixtureRubrics(target);
        return target;
    }

    /** Writes a file under the prompts folder, creating its folder. */
    public static Path write(Path prompts, String relative, String text) {
        try {
            Path file = prompts.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a prompts file, failing if it is not there; returns the new text. */
    public static String edit(Path prompts, String relative, String from, String to) {
        String before = read(prompts.resolve(relative));
        String after = before.replace(from, to);
        if (after.equals(before)) {
            throw new AssertionError("'" + from + "' not found in " + relative + ": the fixture moved");
        }
        write(prompts, relative, after);
        return after;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFixtureRubrics(Path prompts) {
        for (String id : List.of("customer", "interview")) {
            Path rubric = prompts.resolve("rubrics/" + id + ".md");
            if (!Files.exists(rubric)) {
                write(prompts, "rubrics/" + id + ".md", read(fixture(id)));
            }
        }
    }

    private static Path fixture(String id) {
        return root().resolve("src/test/resources/fixture-rubrics/" + id + ".md");
    }

    private static Path root() {
        return Path.of(System.getProperty("hotseat.root", "."));
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

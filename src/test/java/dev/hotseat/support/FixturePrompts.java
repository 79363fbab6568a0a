package dev.hotseat.support;

import dev.hotseat.conversation.Engines;
import dev.hotseat.evaluation.RubricEvaluator;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.partner.ScenarioDirector;
import dev.hotseat.partner.ScriptedPartner;
import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The prompt files the server's tests run on: frozen copies under {@code src/test/resources/fixture-prompts}, never
 * the shipped {@code prompts/}, so a coach's edit there cannot fail a server test. With the real offline engines
 * (the trained reader, shared per test JVM) when a test needs real grading.
 */
public final class FixturePrompts {
    private static final class Holder {
        static final PromptLibrary LIBRARY = new FilePromptLibrary(root());
        static final RubricEvaluator EVALUATOR = new RubricEvaluator(LIBRARY, SharedEvaluator.reader());
    }

    private FixturePrompts() {
    }

    /** The fixture folder in the checkout. */
    public static Path root() {
        return SharedEvaluator.projectRoot().resolve("src/test/resources/fixture-prompts");
    }

    /** The fixture prompts, read once per test JVM. */
    public static PromptLibrary library() {
        return Holder.LIBRARY;
    }

    /** The real offline engines over the fixture prompts: the offline evaluator and the scripted partner. */
    public static Engines engines() {
        return Engines.offline(Holder.EVALUATOR, new ScriptedPartner(new ScenarioDirector()));
    }

    /** A copy of the fixtures in {@code target}, for a test that writes prompt files (the studio). */
    public static Path copy(Path target) {
        return copyFolder(root(), target);
    }

    /** Copies the folder {@code from}, everything in it, to {@code target}; returns {@code target}. */
    public static Path copyFolder(Path from, Path target) {
        Path source = from.toAbsolutePath().normalize();
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}

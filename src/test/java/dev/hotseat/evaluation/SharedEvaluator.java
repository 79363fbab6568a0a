package dev.hotseat.evaluation;

import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import java.nio.file.Path;

/**
 * One reader and one evaluator per test JVM (loading the reader is the slow part), over the frozen copy of the whole
 * library in {@code src/test/resources/fixture-library}: never the shipped folder, so a coach's edit there fails only
 * the lint test of the shipped library ({@code lint/LintCommandTest}).
 */
public final class SharedEvaluator {

    private static final class Holder {
        static final PromptLibrary LIBRARY = new FilePromptLibrary(libraryRoot());
        static final ReplyReader READER = ReplyReader.load();
        static final RubricEvaluator EVALUATOR = new RubricEvaluator(LIBRARY, READER);
    }

    private SharedEvaluator() {
    }

    public static RubricEvaluator evaluator() {
        return Holder.EVALUATOR;
    }

    public static ReplyReader reader() {
        return Holder.READER;
    }

    public static PromptLibrary library() {
        return Holder.LIBRARY;
    }

    /** The frozen copy of the whole library (every scenario, both rubrics, the templates) the tests play. */
    public static Path libraryRoot() {
        return projectRoot().resolve("src/test/resources/fixture-library");
    }

    /** The checkout's root: the hotseat.root property that surefire and the bench profile set, else the working dir. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("hotseat.root", "."));
    }
}

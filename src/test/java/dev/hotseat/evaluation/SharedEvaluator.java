package dev.hotseat.evaluation;

import dev.hotseat.persona.FilePromptLibrary;
import dev.hotseat.persona.PromptLibrary;
import java.nio.file.Path;

/** One reader and one evaluator over the project's prompts/ per test JVM: loading the reader is the slow part. */
public final class SharedEvaluator {

    private static final class Holder {
        static final PromptLibrary LIBRARY = new FilePromptLibrary(projectRoot().resolve("prompts"));
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

    /** The checkout's root: the hotseat.root property that surefire and the bench profile set, else the working dir. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("hotseat.root", "."));
    }
}

package dev.hotseat.bench;

import dev.hotseat.evaluation.EmbeddingChoice;
import dev.hotseat.evaluation.SharedEvaluator;
import dev.hotseat.evaluation.ThresholdCalibration;
import dev.hotseat.persona.Mode;
import dev.hotseat.persona.PromptLibrary;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding model a bench run uses ({@code --model=ID}, MiniLM by default), how long it took to load, and the
 * prompts with their exemplar thresholds carried over to its scale (MiniLM: the prompts as written).
 */
record ModelUnderTest(EmbeddingChoice choice, EmbeddingModel model, PromptLibrary library, double loadMs) {

    /** The model named by a {@code --model=ID} argument among {@code args}, else MiniLM. */
    static ModelUnderTest from(String[] args, Path root) throws IOException {
        EmbeddingChoice choice = EmbeddingChoice.MINILM;
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--model=")) {
                choice = EmbeddingChoice.named(arg.substring(8));
            }
        }
        long t0 = System.nanoTime();
        EmbeddingModel model = choice.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("Embedding model: %s (loaded in %.0f ms)%n", choice.id(), loadMs);
        if (choice == EmbeddingChoice.MINILM) {
            return new ModelUnderTest(choice, model, SharedEvaluator.library(), loadMs);
        }
        Map<Mode, List<String>> tuning = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            tuning.put(mode, LabelledSet.read(root.resolve("src/test/resources/labelled/" + mode.wire() + ".jsonl"))
                    .stream().filter(i -> i.split().equals("tune")).map(LabelledSet.Item::reply).toList());
        }
        return new ModelUnderTest(choice, model, ThresholdCalibration.calibrated(SharedEvaluator.library(),
                SharedEvaluator.model(), model, tuning), loadMs);
    }

    /** True for an argument this record reads, so a bench's own argument loop can skip it. */
    static boolean reads(String arg) {
        return arg.startsWith("--model=");
    }
}

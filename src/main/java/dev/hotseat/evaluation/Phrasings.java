package dev.hotseat.evaluation;

import dev.hotseat.persona.Criterion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of example phrasings (a criterion's examples, a scenario's offers and questions), each read once
 * by the reader on its own and remembered: they change only when a coach edits a file.
 */
final class Phrasings {

    private static final int REMEMBERED = 8192;

    private final ReaderModel model;
    private final Map<String, float[]> vectors = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final Map<Criterion, Examples> examples = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Criterion, Examples> eldest) {
                    return size() > 512;
                }
            });

    Phrasings(ReaderModel model) {
        this.model = model;
    }

    float[] vector(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            v = model.vectorOf(ReplyReader.normalise(text));
            vectors.put(text, v);
        }
        return v;
    }

    List<float[]> vectors(List<String> texts) {
        return texts.stream().filter(t -> t != null && !t.isBlank()).map(this::vector).toList();
    }

    /** The criterion's examples ready to compare; {@code learned} says whether the reader has an act of that id. */
    Examples examples(Criterion c, boolean learned) {
        Examples ex = examples.get(c);
        if (ex == null) {
            ex = new Examples(vectors(c.exemplars()), vectors(c.counterExemplars()), learned);
            examples.put(c, ex);
        }
        return ex;
    }
}

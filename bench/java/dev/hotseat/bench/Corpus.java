package dev.hotseat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotseat.persona.Criterion;
import dev.hotseat.persona.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled corpus in training/corpus/ (docs/labelling.md): items by writer, labelled by someone else, with the
 * fixed split in splits.json (held-out writers, near-twin pairs). Read here exactly as training/train.py reads it.
 */
final class Corpus {

    /** One labelled reply. {@code second} holds a second labeller's labels on the overlap, else null. */
    record Item(String id, String writer, String register, String category, Mode mode, String scenario, String context,
                String reply, Map<String, Integer> labels, String offer, String asks, boolean offTask, boolean english,
                Map<String, Integer> second) {

        /** The label of a rubric criterion: shown when any act it reads is labelled (blame reads blame and condescend). */
        boolean label(Criterion c) {
            for (String act : c.reads()) {
                if (labels.getOrDefault(act, 0) == 1) {
                    return true;
                }
            }
            return labels.getOrDefault(c.id(), 0) == 1;
        }

        Boolean secondLabel(Criterion c) {
            if (second == null) {
                return null;
            }
            for (String act : c.reads()) {
                if (second.getOrDefault(act, 0) == 1) {
                    return true;
                }
            }
            return second.getOrDefault(c.id(), 0) == 1;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Item> items;
    final Set<String> heldOutWriters;
    final Map<String, Set<String>> twins;

    private Corpus(List<Item> items, Set<String> heldOutWriters, Map<String, Set<String>> twins) {
        this.items = items;
        this.heldOutWriters = heldOutWriters;
        this.twins = twins;
    }

    static Corpus read(Path root) {
        Path dir = root.resolve("training/corpus");
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("items"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        items.add(item(JSON.readTree(line)));
                    }
                }
            }
            JsonNode splits = JSON.readTree(dir.resolve("splits.json").toFile());
            Set<String> held = new HashSet<>();
            splits.path("heldoutWriters").forEach(w -> held.add(w.asText()));
            Map<String, Set<String>> twins = new HashMap<>();
            splits.path("twins").forEach(t -> {
                twins.computeIfAbsent(t.get(0).asText(), k -> new HashSet<>()).add(t.get(1).asText());
                twins.computeIfAbsent(t.get(1).asText(), k -> new HashSet<>()).add(t.get(0).asText());
            });
            return new Corpus(items, held, twins);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corpus in " + dir, e);
        }
    }

    List<Item> heldOut() {
        return items.stream().filter(i -> heldOutWriters.contains(i.writer())).toList();
    }

    private static Item item(JsonNode n) {
        Map<String, Integer> labels = new HashMap<>();
        n.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> second = null;
        if (n.has("second")) {
            second = new HashMap<>();
            Map<String, Integer> s = second;
            n.path("second").path("labels").fields().forEachRemaining(e -> s.put(e.getKey(), e.getValue().asInt()));
        }
        return new Item(n.path("id").asText(), n.path("writer").asText(), n.path("register").asText(),
                n.path("category").asText(), Mode.of(n.path("mode").asText()), n.path("scenario").asText(),
                n.path("context").asText(), n.path("reply").asText(), labels, n.path("offer").asText("none"),
                n.path("asks").asText("none"), n.path("offtask").asBoolean(), n.path("english").asBoolean(true), second);
    }
}

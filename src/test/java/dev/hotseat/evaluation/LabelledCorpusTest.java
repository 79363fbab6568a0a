package dev.hotseat.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labelled corpus keeps the conventions of docs/labelling.md that a script can check: the reader is trained and
 * measured on it, so an item that breaks them teaches or scores something nobody meant. Every item names its writer
 * (its file), a known mode and register, every label of its mode as 0 or 1, and for every 1 evidence copied from
 * the reply character for character; ids are unique.
 */
class LabelledCorpusTest {

    private static final Path ITEMS = Path.of("training/corpus/items");
    private static final Set<String> REGISTERS = Set.of("textbook", "plain", "curt", "textspeak", "nonnative",
            "rambling", "formal", "warm");
    private static final Map<String, Set<String>> LABELS = Map.of(
            "customer", Set.of("apology", "blame", "clarify", "collaborate", "condescend", "deflect", "empathy", "firm",
                    "followup", "ownership", "parrot", "restate", "solution"),
            "interview", Set.of("asks_back", "buzzwords", "calm", "clarify", "empathy", "escalate", "firm", "followup",
                    "listen", "overpromise", "ownership", "passoff", "rant", "restate", "solution", "star"));

    @Test
    void everyItemKeepsTheLabellingConventions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int items = 0;
        try (Stream<Path> files = Files.list(ITEMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                String writer = file.getFileName().toString().replace(".jsonl", "");
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode item = json.readTree(line);
                    items++;
                    String id = item.path("id").asText();
                    if (!ids.add(id)) {
                        problems.add(id + ": id used twice");
                    }
                    if (!writer.equals(item.path("writer").asText())) {
                        problems.add(id + ": writer is not " + writer);
                    }
                    if (!REGISTERS.contains(item.path("register").asText())) {
                        problems.add(id + ": unknown register " + item.path("register").asText());
                    }
                    Set<String> expected = LABELS.get(item.path("mode").asText());
                    if (expected == null) {
                        problems.add(id + ": unknown mode " + item.path("mode").asText());
                        continue;
                    }
                    Set<String> labels = new TreeSet<>();
                    item.path("labels").fieldNames().forEachRemaining(labels::add);
                    if (!labels.equals(expected)) {
                        problems.add(id + ": labels " + labels + " are not the " + item.path("mode").asText() + " set");
                    }
                    String reply = item.path("reply").asText();
                    item.path("labels").fields().forEachRemaining(label -> {
                        int value = label.getValue().asInt(-1);
                        String evidence = item.path("evidence").path(label.getKey()).asText("");
                        if (value != 0 && value != 1) {
                            problems.add(id + ": " + label.getKey() + " is not 0 or 1");
                        } else if (value == 1 && (evidence.isEmpty() || !reply.contains(evidence))) {
                            problems.add(id + ": " + label.getKey() + " has no evidence copied from the reply");
                        }
                    });
                }
            }
        }
        assertTrue(items >= 6000, "the corpus holds " + items + " items");
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
    }
}

package dev.hotseat.partner;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner's built-in words, kept as YAML beside these classes ({@code src/main/resources/dev/hotseat/partner/})
 * so they read as text, not as Java. They ship inside the jar: a missing or broken file is a build error.
 */
final class BundledYaml {
    private BundledYaml() {
    }

    /** Groups of lines by section, e.g. {@code customer -> heard -> [...]}; unmodifiable. */
    static Map<String, Map<String, List<String>>> lineGroups(String name) {
        Map<String, Map<String, List<String>>> read = read(name, new TypeReference<>() { });
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        read.forEach((section, groups) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            groups.forEach((group, lines) -> copy.put(group, List.copyOf(lines)));
            out.put(section, Map.copyOf(copy));
        });
        return Map.copyOf(out);
    }

    /** One section's groups in file order (where the order means something, e.g. which register wins). */
    static Map<String, List<String>> ordered(String name, String section) {
        Map<String, Map<String, List<String>>> read = read(name, new TypeReference<>() { });
        Map<String, List<String>> out = new LinkedHashMap<>();
        read.getOrDefault(section, Map.of()).forEach((group, lines) -> out.put(group, List.copyOf(lines)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** One text per key; unmodifiable. */
    static Map<String, String> texts(String name) {
        return Map.copyOf(read(name, new TypeReference<Map<String, String>>() { }));
    }

    private static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = BundledYaml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("'" + name + "' is not on the classpath beside dev.hotseat.partner:"
                        + " rebuild, so that src/main/resources is copied");
            }
            return new YAMLMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled '" + name + "': " + e.getMessage(), e);
        }
    }
}

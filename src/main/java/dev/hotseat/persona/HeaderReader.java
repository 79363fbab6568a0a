package dev.hotseat.persona;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Maps a YAML header onto a header record, turning Jackson's errors into a coach's file line and fix. */
final class HeaderReader {
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads the header; throws {@link PromptFileException} with the real file line on any mistake. */
    <T> T read(FrontMatter file, Class<T> type) {
        if (file.header().isBlank()) {
            throw new PromptFileException(file.lineOffset(), "the YAML header is empty");
        }
        try {
            T value = mapper.readValue(file.header(), type);
            if (value == null) {
                throw new PromptFileException(file.lineOffset(), "the YAML header is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new PromptFileException(lineOf(e, file), explain(e));
        }
    }

    /**
     * Jackson reports some mapping errors (an unknown key in a record) at the end of the enclosing block,
     * so when the header parsed as YAML, the key's own line is looked up by its path instead.
     */
    private static int lineOf(JsonProcessingException e, FrontMatter file) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            Integer exact = LineIndex.of(file.header(), file.lineOffset()).exactLine(pointer(m));
            if (exact != null) {
                return exact;
            }
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? file.lineOffset() : at.getLineNr() + file.lineOffset();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getIndex() >= 0 ? String.valueOf(ref.getIndex()) : ref.getFieldName());
        }
        return out.toString();
    }

    static String explain(JsonProcessingException e) {
        return switch (e) {
            case UnrecognizedPropertyException u -> "unknown key '" + u.getPropertyName() + "'" + where(u)
                    + ": check the spelling (known keys here: " + known(u.getKnownPropertyIds()) + ")";
            case InvalidFormatException f -> "'" + f.getValue() + "'" + where(f) + " is not "
                    + describe(f.getTargetType());
            case ValueInstantiationException v -> rootMessage(v) + where(v);
            case MismatchedInputException m -> (m.getPath().isEmpty() ? "the header" : "'" + path(m) + "'")
                    + " has the wrong shape: expected " + describe(m.getTargetType());
            case JsonMappingException m when m.getCause() instanceof IllegalArgumentException iae ->
                    iae.getMessage() + where(m);
            default -> yamlMessage(e);
        };
    }

    private static String yamlMessage(JsonProcessingException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (first.startsWith("Duplicate field")) {
            return first.replace("Duplicate field", "the key") + " appears twice in the same group: keep one";
        }
        return "the YAML is not valid (" + first + "): check the indentation, and put a line in double quotes"
                + " when it contains ': ' or starts with { [ * & ! or #";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String where(JsonMappingException e) {
        return e.getPath().isEmpty() ? "" : " at '" + path(e) + "'";
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex() + 1).append(']');
            } else if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == String.class) {
            return "a piece of text (put it in double quotes if it starts with { or [)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list (one item per line, each starting with '- ')";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a group of 'key: value' lines, indented under it";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase().replace('_', '-')).collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }
}
